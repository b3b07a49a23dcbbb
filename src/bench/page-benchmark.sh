#!/usr/bin/env bash
# Page benchmark (not a test; not part of `mvn verify`). Issue 15: how fast the public pages are
# compared with nginx serving the same bytes, how much memory Payara Micro needs, how long a start
# takes, whether anonymous readers get sessions and whether the visit count stays exact.
#
# Needs: JDK 17, Maven (builds target/ with `mvn -B -q -DskipTests package` if metryka.jar is missing),
# and the Debian packages wrk, nginx (nginx-light is enough) and curl:
#     apt-get install wrk nginx-light curl
# nginx runs as you on loopback with its own configuration, pid and temporary folders under
# target/page-bench/ (it is not the system's nginx and needs no root).
#
# Usage: src/bench/page-benchmark.sh [--documents N] [--duration S] [--rounds N] [--label TEXT] [--no-write]
#   --documents N  also load N synthetic documents (the generator of src/bench/search-benchmark.sh)
#                  into the search index; loading 100,000 takes minutes the first time, later runs reuse them
#   --duration S   seconds per wrk run (default 10; env DURATION)
#   --rounds N     interleaved rounds over all targets (default 3; env ROUNDS); the table shows medians
#   --label TEXT   the section of docs/benchmarks.md to write (default "latest"; env LABEL): a run
#                  replaces the section with its label and keeps the others
#   --no-write     print only; leave docs/benchmarks.md alone
# Environment: DOCUMENTS, CONNECTIONS (64), THREADS (2), WARMUP (seconds per target, 30: the JIT needs about a minute of load),
#   METRYKA_JAVA_OPTS (extra JVM options of the Payara Micro process, as in production),
#   NMT=1 (adds -XX:NativeMemoryTracking=summary and prints `jcmd VM.native_memory summary` after the run).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
TARGET=$ROOT/target
DOCUMENTS=${DOCUMENTS:-0}
DURATION=${DURATION:-10}
ROUNDS=${ROUNDS:-3}
LABEL=${LABEL:-latest}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
WARMUP=${WARMUP:-30}
WRITE=true
while (($#)); do
    case $1 in
        --documents) DOCUMENTS=$2; shift 2 ;;
        --duration) DURATION=$2; shift 2 ;;
        --rounds) ROUNDS=$2; shift 2 ;;
        --label) LABEL=$2; shift 2 ;;
        --no-write) WRITE=false; shift ;;
        *) echo "unknown option $1 (see the comment at the top of $0)" >&2; exit 2 ;;
    esac
done
# Java decodes file names with the locale's character set: Polish letters in the path need UTF-8
[[ $(locale charmap 2>/dev/null) == UTF-8 ]] || export LC_ALL=C.UTF-8

SLUG=kluczewski-klaster
QUERY=gminy
CATEGORY=aktualnosci
UA='Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36'
WORK=$TARGET/page-bench
DATA=$WORK/data-$DOCUMENTS
LOGS=$WORK/logs-$DOCUMENTS
LUA=$ROOT/src/bench/page-benchmark.lua
DOC=$ROOT/docs/benchmarks.md

log() { printf '[%s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
fail() { log "FAILED: $*"; exit 1; }
for tool in wrk nginx curl java; do
    command -v "$tool" >/dev/null || fail "$tool is not installed (apt-get install wrk nginx-light curl; JDK 17)"
done

# What cannot live under a path with spaces gets a private folder in /tmp (removed at exit):
# METRYKA_JAVA_OPTS is split at spaces, so java.io.tmpdir (where Payara Micro unpacks) goes there.
RUN_DIR=$(mktemp -d /tmp/metryka-page-bench.XXXXXX)
PIDS=()
cleanup() {
    local i
    for ((i = ${#PIDS[@]} - 1; i >= 0; i--)); do
        { kill "${PIDS[i]}" 2>/dev/null && wait "${PIDS[i]}" 2>/dev/null; } || true
    done
    rm -rf "$RUN_DIR"
}
trap cleanup EXIT
mkdir -p "$LOGS"

if [[ ! -f $TARGET/metryka.jar || ! -f $TARGET/metryka.war || ! -d $TARGET/classes ]]; then
    log "building (mvn -B -q -DskipTests package)"
    (cd "$ROOT" && mvn -B -q -DskipTests package) >"$LOGS/build.log" 2>&1 || fail "build failed: $LOGS/build.log"
fi

# free_port, as the deployment checks pick ports
source "$ROOT/deploy/lib/free-port.sh"
status_of() { curl -s -o /dev/null -m "${3:-10}" -w '%{http_code}' -A "$1" "$2" 2>/dev/null || true; }
now() { date +%s.%N; }

PORT=$(free_port)
BASE=http://127.0.0.1:$PORT
APP_PID=
# app_start NAME: the launcher on the embedded default (MariaDB + demo data) in $DATA, as a user runs it;
# /metrics open to loopback for the counters read below
app_start() {
    local opts="-Djava.io.tmpdir=$RUN_DIR/tmp"
    [[ ${NMT:-} == 1 ]] && opts+=" -XX:NativeMemoryTracking=summary"
    mkdir -p "$RUN_DIR/tmp" "$DATA"
    APP_LOG=$LOGS/metryka-$1.log
    METRYKA_METRICS_ADDRESSES=127.0.0.1,::1 METRYKA_JAVA_OPTS="$opts ${METRYKA_JAVA_OPTS:-}" \
        java -jar "$TARGET/metryka.jar" --port "$PORT" --data-dir "$DATA" >"$APP_LOG" 2>&1 &
    APP_PID=$!
    PIDS+=("$APP_PID")
}
app_stop() {
    kill "$APP_PID" 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true
    unset 'PIDS[${#PIDS[@]}-1]'
    rm -rf "$RUN_DIR/tmp"
}
# wait_for PATH: until PATH answers 200 (up to 6 minutes on a loaded machine)
wait_for() {
    for _ in $(seq 1800); do
        [[ $(status_of "$UA" "$BASE$1") == 200 ]] && return 0
        kill -0 "$APP_PID" 2>/dev/null || { tail -20 "$APP_LOG" >&2; fail "Metryka exited at start (log $APP_LOG)"; }
        sleep 0.2
    done
    fail "$BASE$1 not 200 after 6 minutes (log $APP_LOG)"
}
# the Payara Micro JVM: the launcher's child that runs payara-micro.jar (setpriv execs it in place)
payara_pid() {
    local child
    for child in $(ps -o pid= --ppid "$APP_PID"); do
        tr '\0' ' ' <"/proc/$child/cmdline" 2>/dev/null | grep -q payara-micro.jar && { echo "$child"; return 0; }
    done
    fail "no Payara Micro process under the launcher $APP_PID"
}
mib() { awk -v k="$1" '$1 == k":" { printf "%d", $2 / 1024 }' "/proc/$2/status"; }

# --- the data folder: created by a first start, the synthetic documents added while it is stopped ---
if [[ ! -f $DATA/.page-bench-ready ]]; then
    log "first start: creating $DATA (MariaDB, schema, demo data)"
    rm -rf "$DATA"
    app_start first
    wait_for "/dokument/$SLUG"
    app_stop
    if ((DOCUMENTS > 0)); then
        log "loading $DOCUMENTS synthetic documents into the search index (minutes)"
        CP="$TARGET/classes:$TARGET/launcher-classes:$TARGET/lib/*:$TARGET/metryka/WEB-INF/lib/*"
        # only the generator and what it uses: the other benchmarks' sources need test classes
        (cd "$ROOT" && . src/bench/compile-bench.sh \
            && compile_bench "$CP" src/bench/java/pl/metryka/bench/BenchDocuments.java \
                src/bench/java/pl/metryka/bench/SearchBenchmark.java) 2>"$LOGS/javac.log" \
            || fail "javac: $LOGS/javac.log"
        java -Xmx512m -cp "$TARGET/bench-classes:$CP" pl.metryka.bench.BenchDocuments "$DATA/mariadb" "$DOCUMENTS" \
            >"$LOGS/load.log" 2>&1 || fail "loading failed: $LOGS/load.log"
        tail -1 "$LOGS/load.log" >&2
        rm -rf "$DATA/search-index" # rebuilt from the table at the next start
    fi
    touch "$DATA/.page-bench-ready"
fi

metric() { # metric NAME: the value of a metric on /metrics, or empty
    { curl -sf -m 30 "$BASE/metrics" 2>/dev/null || true; } | awk -v m="$1" '$1 == m || index($1, m"{") == 1 { v = $2 } END { if (v != "") printf "%d", v }'
}

# --- the machine and the timed start on the existing data folder ---
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
CPU=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
CORES=$(nproc)
RAM=$(awk '/^MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)
KERNEL=$(uname -r)
JAVA=$(java -version 2>&1 | head -2 | tail -1)
log "timed start on the existing $DATA (load average $LOAD_BEFORE)"
T0=$(now)
app_start bench
wait_for "/dokument/$SLUG"
START_S=$(awk -v a="$T0" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }')
JVM=$(payara_pid)
RSS_IDLE=$(mib VmRSS "$JVM")
log "first 200 of /dokument/$SLUG after $START_S s; Payara Micro pid $JVM, RSS $RSS_IDLE MiB"
if ((DOCUMENTS > 0)); then
    # the Lucene copy is built in the background after the start (-1 meanwhile, MariaDB answers):
    # the search must be measured on the copy, so wait until it holds every document
    INDEXED=-1
    for _ in $(seq 900); do
        INDEXED=$(metric metryka_search_documents)
        [[ -n $INDEXED ]] && ((INDEXED >= DOCUMENTS)) && break
        sleep 1
    done
    [[ -n $INDEXED ]] && ((INDEXED >= DOCUMENTS)) || fail "the search copy holds ${INDEXED:-?} documents after 900 s, not $DOCUMENTS"
    log "search copy built: $INDEXED documents"
fi

# --- the document page's bytes, served by nginx as the ceiling ---
NGINX_DIR=$WORK/nginx
rm -rf "$NGINX_DIR" && mkdir -p "$NGINX_DIR"/{www,temp}
curl -sf -m 300 -A "$UA" -o "$NGINX_DIR/www/page.html" "$BASE/dokument/$SLUG" || fail "could not save the document page"
NGINX_PORT=$(free_port)
q() { local s=${1//\\/\\\\}; printf '"%s"' "${s//\"/\\\"}"; } # a quoted nginx string: the path may have spaces
{
    [[ $(id -u) -eq 0 ]] && echo "user root root;" # as root the workers would be nobody, who may not enter target/
    echo "worker_processes auto;"
    echo "pid $(q "$NGINX_DIR/nginx.pid");"
    echo "error_log $(q "$NGINX_DIR/error.log");"
    echo "events { worker_connections 1024; }"
    echo "http {"
    echo "    access_log off;"
    for t in client_body proxy fastcgi uwsgi scgi; do echo "    ${t}_temp_path $(q "$NGINX_DIR/temp/$t");"; done
    echo "    keepalive_requests 1000000;"
    echo "    server {"
    echo "        listen 127.0.0.1:$NGINX_PORT;"
    echo "        root $(q "$NGINX_DIR/www");"
    echo "        location / { default_type 'text/html; charset=UTF-8'; try_files /page.html =404; }"
    echo "    }"
    echo "}"
} >"$NGINX_DIR/nginx.conf"
nginx -t -q -c "$NGINX_DIR/nginx.conf" -p "$NGINX_DIR/" 2>"$NGINX_DIR/nginx-t.log" || fail "nginx -t: $NGINX_DIR/nginx-t.log"
nginx -c "$NGINX_DIR/nginx.conf" -p "$NGINX_DIR/" -g 'daemon off;' 2>>"$NGINX_DIR/error.log" &
PIDS+=($!)
for _ in $(seq 50); do [[ $(status_of "$UA" "http://127.0.0.1:$NGINX_PORT/") == 200 ]] && break; sleep 0.1; done
[[ $(status_of "$UA" "http://127.0.0.1:$NGINX_PORT/") == 200 ]] || fail "nginx does not serve the page ($NGINX_DIR/error.log)"

# --- the targets ---
# the page links its own API address (api/v1/documents/{id})
API_ID=$(grep -o 'api/v1/documents/[0-9]*' "$NGINX_DIR/www/page.html" | head -1 | cut -d/ -f4 || true)
[[ -n $API_ID ]] || fail "the document page links no api/v1/documents/{id}"
NAMES=(nginx document version home category search pdf api)
declare -A URL=(
    [nginx]="http://127.0.0.1:$NGINX_PORT/dokument/$SLUG"
    [document]="$BASE/dokument/$SLUG"
    [version]="$BASE/dokument/$SLUG/wersja/1"
    [home]="$BASE/"
    [category]="$BASE/kategoria/$CATEGORY"
    [search]="$BASE/szukaj?q=$QUERY"
    [pdf]="$BASE/dokument/$SLUG/wersja/1/pdf"
    [api]="$BASE/api/v1/documents/$API_ID"
)
declare -A TITLE=(
    [nginx]="nginx, the same bytes (ceiling)" [document]="current document page" [version]="version page"
    [home]="home" [category]="category page" [search]="search (q=$QUERY, a new address per request: not from the page cache)" [pdf]="version PDF" [api]="API document"
)
for name in "${NAMES[@]}"; do
    code=$(status_of "$UA" "${URL[$name]}" 300) # the first request of a page may take long on a busy machine
    [[ $code == 200 ]] || fail "${URL[$name]} answers $code"
done
SEARCH_HITS=$(curl -sf -m 300 -A "$UA" "${URL[search]}" | grep -c "/dokument/" || true)

visits() { { curl -sf -m 30 "$BASE/api/v1/documents/$API_ID" || true; } | grep -o '"visits":[0-9]*' | head -1 | cut -d: -f2 || true; }
# after the last counted request: the visit counter writes its deltas every 5 s; wait until nothing is pending
settled_visits() {
    sleep 6
    for _ in $(seq 30); do
        [[ $(metric metryka_visits_pending) == 0 ]] && break
        sleep 1
    done
    visits
}
# run_wrk NAME SECONDS: one wrk run; leaves the BENCH line in $LOGS/wrk-NAME-*.txt and prints it
run_wrk() {
    local out=$LOGS/wrk-$1-$3.txt
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$2"s --latency -s "$LUA" -H "User-Agent: $UA" \
        -H 'Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' "${URL[$1]}" >"$out" 2>&1 \
        || { cat "$out" >&2; fail "wrk failed on ${URL[$1]}"; }
    grep '^BENCH ' "$out" || fail "no BENCH line in $out"
}
field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$2"; }

log "warm-up: ${WARMUP}s per target"
for name in "${NAMES[@]}"; do run_wrk "$name" "$WARMUP" warmup >/dev/null; done
SESSIONS_METRIC_BEFORE=$(metric metryka_http_sessions_created_total)
VISITS_BEFORE=$(settled_visits)
RSS_BEFORE=$(mib VmRSS "$JVM")

declare -A RPS P50 P99 COOKIES SESSIONS OTHER SENT REQUESTS
for name in "${NAMES[@]}"; do RPS[$name]=; P50[$name]=; P99[$name]=; COOKIES[$name]=0; SESSIONS[$name]=0; OTHER[$name]=0; SENT[$name]=0; REQUESTS[$name]=0; done
for round in $(seq "$ROUNDS"); do
    for name in "${NAMES[@]}"; do
        line=$(run_wrk "$name" "$DURATION" "round$round")
        RPS[$name]+="$(field rps "$line") "
        P50[$name]+="$(field p50_ms "$line") "
        P99[$name]+="$(field p99_ms "$line") "
        COOKIES[$name]=$((COOKIES[$name] + $(field cookies "$line")))
        SESSIONS[$name]=$((SESSIONS[$name] + $(field sessions "$line")))
        OTHER[$name]=$((OTHER[$name] + $(field other "$line") + $(field errors "$line")))
        # wrk calls request() once more, to check the script, before any request is sent
        SENT[$name]=$((SENT[$name] + $(field sent "$line") - 1))
        REQUESTS[$name]=$((REQUESTS[$name] + $(field requests "$line")))
        log "round $round/$ROUNDS $name: $(field rps "$line") req/s, p99 $(field p99_ms "$line") ms"
    done
done
RSS_AFTER=$(mib VmRSS "$JVM")
HWM=$(mib VmHWM "$JVM")
RSS_PARTS="anonymous $(mib RssAnon "$JVM") MiB, files $(mib RssFile "$JVM") MiB (the JVM's jars and the search index, mapped)"
VISITS_AFTER=$(settled_visits)
SESSIONS_METRIC_AFTER=$(metric metryka_http_sessions_created_total)
NMT_SUMMARY=
[[ ${NMT:-} == 1 ]] && NMT_SUMMARY=$(jcmd "$JVM" VM.native_memory summary 2>&1 | grep -E '^(Total|-)' | sed 's/^-  *//' | cut -c1-110)
# the live heap: a class histogram runs a full GC first (after every measurement above)
HISTOGRAM=$(jcmd "$JVM" GC.class_histogram 2>/dev/null || true)
LIVE_HEAP=$(awk '$1 == "Total" { printf "%d", $3 / 1048576 }' <<<"$HISTOGRAM")
LIVE_SESSIONS=$(awk '$4 == "org.apache.catalina.session.StandardSession" { print $2 }' <<<"$HISTOGRAM")
JAVA_OPTS_SEEN=$(tr '\0' ' ' <"/proc/$JVM/cmdline" | grep -o -- ' -X[^ ]*\| -XX:[^ ]*' | tr -d '\n' || true)

# --- the table ---
median() { tr ' ' '\n' | grep . | sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
declare -A M_RPS M_P50 M_P99
for name in "${NAMES[@]}"; do
    M_RPS[$name]=$(median <<<"${RPS[$name]}")
    M_P50[$name]=$(median <<<"${P50[$name]}")
    M_P99[$name]=$(median <<<"${P99[$name]}")
done
ratio() { awk -v a="${M_RPS[$1]}" -v b="${M_RPS[nginx]}" 'BEGIN { printf "%.3f", (b > 0 ? a / b : 0) }'; }
verdict() { # verdict NAME: PASS/FAIL against the issue's target for NAME
    local r p99
    r=$(ratio "$1")
    p99=${M_P99[$1]}
    # no completed response: wrk's latencies are 0, which must not pass a latency target
    awk -v x="${M_RPS[$1]}" 'BEGIN { exit !(x < 0.5) }' && [[ $1 != nginx ]] && { echo "FAIL (no response completed)"; return; }
    case $1 in
        nginx) echo "ceiling" ;;
        document) awk -v r="$r" -v p="$p99" 'BEGIN { print (r >= 0.30 && p < 50 ? "PASS" : "FAIL") " (>= 30% and p99 < 50 ms)" }' ;;
        version | pdf) awk -v r="$r" 'BEGIN { print (r >= 0.40 ? "PASS" : "FAIL") " (>= 40%)" }' ;;
        home | category) awk -v r="$r" 'BEGIN { print (r >= 0.20 ? "PASS" : "FAIL") " (>= 20%)" }' ;;
        search) awk -v p="$p99" -v d="$DOCUMENTS" 'BEGIN { print (p < 100 ? "PASS" : "FAIL") " (p99 < 100 ms" (d >= 100000 ? ")" : "; the target is for 100,000 documents)") }' ;;
        api) echo "no target" ;;
    esac
}
pass() { if eval "$1"; then echo PASS; else echo FAIL; fi; }
ANON_SESSIONS=0
for name in "${NAMES[@]}"; do ANON_SESSIONS=$((ANON_SESSIONS + SESSIONS[$name])); done
if [[ -n $SESSIONS_METRIC_BEFORE && -n $SESSIONS_METRIC_AFTER ]]; then
    METRIC_SESSIONS=$((SESSIONS_METRIC_AFTER - SESSIONS_METRIC_BEFORE))
    METRIC_TEXT="$METRIC_SESSIONS (metryka_http_sessions_created_total)"
else
    METRIC_SESSIONS=
    METRIC_TEXT="not measured: /metrics has no metryka_http_sessions_created_total"
fi
VISIT_DELTA=$((VISITS_AFTER - VISITS_BEFORE))
COUNTED=${SENT[document]}

report() {
    echo "Run: $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(cd "$ROOT" && git rev-parse --short HEAD 2>/dev/null || echo '?')$(cd "$ROOT" && git diff --quiet HEAD 2>/dev/null || echo ' (with local changes)'), label \"$LABEL\""
    echo "wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s --latency, $ROUNDS interleaved round(s) after a ${WARMUP}s warm-up per target; browser User-Agent"
    echo "Data: embedded MariaDB, demo data$( ((DOCUMENTS > 0)) && echo " + $DOCUMENTS synthetic documents in the search index"); search q=$QUERY: $SEARCH_HITS result link(s) on the page"
    echo
    echo "| target | address | req/s | p50 ms | p99 ms | of nginx | target |"
    echo "|---|---|---:|---:|---:|---:|---|"
    for name in "${NAMES[@]}"; do
        printf '| %s | `%s` | %.0f | %.1f | %.1f | %.1f%% | %s |\n' "${TITLE[$name]}" "${URL[$name]#"$BASE"}" "${M_RPS[$name]}" \
            "${M_P50[$name]}" "${M_P99[$name]}" "$(awk -v r="$(ratio "$name")" 'BEGIN { print r * 100 }')" "$(verdict "$name")"
    done
    echo
    echo "| check | value | target |"
    echo "|---|---|---|"
    echo "| sessions created by anonymous requests (JSESSIONID Set-Cookie responses, all targets, rounds) | $ANON_SESSIONS | $(pass "((ANON_SESSIONS == 0))") (0) |"
    echo "| sessions created (server metric, warm-up excluded) | $METRIC_TEXT | $([[ -z $METRIC_SESSIONS ]] && echo "-" || pass "((METRIC_SESSIONS == 0))") (0) |"
    echo "| responses with any Set-Cookie, per target | $(for n in "${NAMES[@]}"; do printf '%s %s; ' "$n" "${COOKIES[$n]}"; done) | |"
    echo "| non-2xx/3xx responses and socket errors | $(for n in "${NAMES[@]}"; do printf '%s %s; ' "$n" "${OTHER[$n]}"; done) | 0 |"
    echo "| visits of /dokument/$SLUG before -> after | $VISITS_BEFORE -> $VISITS_AFTER (+$VISIT_DELTA) | |"
    echo "| counted requests (sent by wrk to the document page; wrk's completed: ${REQUESTS[document]}) | $COUNTED | $(pass "((VISIT_DELTA == COUNTED))") (visits grow by exactly this) |"
    echo "| Payara Micro JVM RSS: idle after start / before the rounds / after / peak (VmHWM) | $RSS_IDLE / $RSS_BEFORE / $RSS_AFTER / $HWM MiB | $(pass "((HWM < 768))") (< 768 MiB) |"
    echo "| RSS after the run, by kind | $RSS_PARTS | |"
    echo "| live heap after the run (after a full GC: jcmd GC.class_histogram) / sessions held in memory | ${LIVE_HEAP:-?} MiB / ${LIVE_SESSIONS:-0} | |"
    echo "| start: \`java -jar target/metryka.jar\` on the existing data folder to the first 200 of the document page | $START_S s | $(pass "awk -v s=$START_S 'BEGIN { exit !(s < 20) }'") (< 20 s on a quiet 2-core machine) |"
    echo
    echo "Machine: $CPU, $CORES cores, $RAM RAM, Linux $KERNEL; $JAVA; $(wrk --version 2>&1 | head -1 | cut -d' ' -f1-2), $(nginx -v 2>&1 | cut -d' ' -f3)"
    echo "Load average before the run (1/5/15 min): $LOAD_BEFORE; after: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "JVM options of the Payara Micro process:${JAVA_OPTS_SEEN:- (none)}"
    if [[ -n $NMT_SUMMARY ]]; then
        echo
        echo "Native memory after the run (jcmd VM.native_memory summary, KB):"
        echo '```'
        echo "$NMT_SUMMARY"
        echo '```'
    fi
}
REPORT=$(report)
echo
echo "$REPORT"

if $WRITE; then
    BEGIN="<!-- page-benchmark: $LABEL -->"
    END="<!-- /page-benchmark: $LABEL -->"
    SECTION=$(printf '%s\n## Page benchmark: %s\n\n%s\n%s\n' "$BEGIN" "$LABEL" "$REPORT" "$END")
    [[ -f $DOC ]] || fail "$DOC is missing (it holds the header this script keeps)"
    if grep -qF "$BEGIN" "$DOC"; then
        B=$BEGIN E=$END S=$SECTION awk '$0 == ENVIRON["B"] { print ENVIRON["S"]; skip = 1; next } $0 == ENVIRON["E"] { skip = 0; next } !skip' "$DOC" >"$DOC.tmp"
    else
        { cat "$DOC"; echo; echo "$SECTION"; } >"$DOC.tmp"
    fi
    mv "$DOC.tmp" "$DOC"
    log "written to docs/benchmarks.md (section \"$LABEL\")"
fi
