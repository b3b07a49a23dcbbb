#!/usr/bin/env bash
# Scripted check of faults (issue 14, item 16), with the production launcher on an external MariaDB
# and the least-privilege accounts of deploy/mariadb/setup.sh:
#  a) MariaDB killed (SIGKILL) while six writers publish and amend documents, and started again
#     about 10 s later: every answer meanwhile is a success or a clear 503 (problem+json on the API, the
#     Polish "Biuletyn chwilowo niedostępny" page for readers), never a 500; /health/ready is DOWN
#     during the outage; without restarting the application, readiness comes back UP and writes
#     go through again; every successful write is in the register and its revision list, and the
#     database holds no half-written change (SQL over every document: each published revision has
#     its content hash and its register entry and each register entry its revision, each document's
#     current revision is its newest, the register head, entries and Merkle leaves agree); the
#     register verifies;
#  b) the application killed with SIGKILL (launcher and Payara Micro, as kill -9) during a burst of
#     page views, then started again: every view finished more than the visit counter's flush
#     interval (5 s, plus 1 s for the write) before the kill is counted, none twice; the documents
#     and the register are as before the kill, and whole.
# FAULTS_PLANT=1 plants a half-written publication (a published revision without its register entry)
# before the first database check, which must then fail: a test of the check itself.
# Needs a build (mvn -B -DskipTests package). Takes about 2 minutes.
set -euo pipefail
source "$(dirname "$0")/lib/check-common.sh"
check_begin faults

database_with_accounts
export METRYKA_DB_URL=jdbc:mariadb://127.0.0.1:$DB_PORT/metryka METRYKA_DB_USER=metryka METRYKA_DB_PASSWORD=$app_pw
# the migration account only for the migration step, as in production (metryka-migrate.service)
METRYKA_MIGRATION_DB_USER=metryka_migrate METRYKA_MIGRATION_DB_PASSWORD=$mig_pw metryka_migrate app
METRYKA_REGISTER_KEY=$(check_tool BackupCheck key)
export METRYKA_REGISTER_KEY
port=$(free_port)
base=http://127.0.0.1:$port
METRYKA_JAVA_OPTS=-Dmetryka.demo-data=true metryka_start app "$port" "$WORK/data"
wait_ready app "$port"
expect_no_migration_secret app "$mig_pw"

# whole_check WHEN: the database itself holds no half-written change (read as root, past the API)
whole_check() {
    local problems
    problems=$($MARIADB -N metryka <<'SQL'
SELECT CONCAT('published revision ', r.number, ' of document ', r.document_id, ' has no content hash or publication time')
  FROM revision r WHERE r.state = 'PUBLISHED' AND (r.content_hash IS NULL OR r.published_at IS NULL);
SELECT CONCAT('published revision ', r.number, ' of document ', r.document_id, ' has no register entry with its content hash')
  FROM revision r WHERE r.state = 'PUBLISHED' AND NOT EXISTS (SELECT 1 FROM register_entry e
    WHERE e.document_id = r.document_id AND e.revision = r.number AND e.action IN ('PUBLISHED', 'AMENDED', 'IMPORTED')
      AND e.content_hash = r.content_hash);
SELECT CONCAT('register entry ', e.seq, ' (', e.action, ') names revision ', e.revision, ' of document ', e.document_id, ', which is not published')
  FROM register_entry e WHERE e.action IN ('PUBLISHED', 'AMENDED') AND NOT EXISTS (SELECT 1 FROM revision r
    WHERE r.document_id = e.document_id AND r.number = e.revision AND r.state = 'PUBLISHED');
SELECT CONCAT('document ', d.id, ' (', d.status, ') has current revision ', COALESCE(d.current_revision, 'none'),
              ' but its newest published revision is ', COALESCE(MAX(r.number), 'none'))
  FROM document d LEFT JOIN revision r ON r.document_id = d.id AND r.state = 'PUBLISHED'
  GROUP BY d.id, d.status, d.current_revision
  HAVING NOT (d.current_revision <=> MAX(r.number)) AND NOT (d.status IN ('DRAFT', 'SCHEDULED') AND MAX(r.number) IS NULL);
SELECT CONCAT('register head at ', h.seq, ' but ', COUNT(e.seq), ' entries up to ', COALESCE(MAX(e.seq), 0))
  FROM register_head h LEFT JOIN register_entry e ON TRUE GROUP BY h.seq
  HAVING NOT (h.seq = COUNT(e.seq) AND h.seq = COALESCE(MAX(e.seq), 0));
SELECT CONCAT('register entry ', e.seq, ' has no Merkle leaf') FROM register_entry e
  WHERE NOT EXISTS (SELECT 1 FROM register_leaf l WHERE l.seq = e.seq);
SQL
) || fail "the database check could not run (see $WORK/mariadb/mariadb.err)"
    [[ -z $problems ]] || fail "$1: half-written changes in the database:"$'\n'"$(head -20 <<<"$problems")"
    log "$1: database whole: $($MARIADB -N -e "SELECT CONCAT(COUNT(DISTINCT document_id), ' documents, ', COUNT(*), ' published revisions')
        FROM revision WHERE state = 'PUBLISHED'" metryka), each with its content hash and register entry, each register entry with its revision and Merkle leaf"
}

# --- a) MariaDB killed in the middle of publications
# progress_at_least FIELD N SECONDS MESSAGE: waits until the writers' progress field (1 successful writes,
# 2 answers 503, 3 successful writes since the last 503) reaches N; fails after SECONDS
progress_at_least() {
    local field=$1 n=$2 seconds=$3 values
    for _ in $(seq $((seconds * 5))); do
        kill -0 "$writer" 2>/dev/null || { cat "$WORK/writes.log"; fail "the writers stopped early (see $WORK/writes.log)"; }
        values=$(cat "$WORK/writes.txt.progress" 2>/dev/null || echo "0 0 0")
        (($(cut -d' ' -f"$field" <<<"$values") >= n)) && return 0
        sleep 0.2
    done
    fail_log "$WORK/app.log" "$4 (writers' progress: $values successful writes, 503 answers, successful writes since the last 503)"
}
log "a) six writers publish and amend documents; MariaDB is killed (SIGKILL) once writes flow, and started again 10 s later"
check_tool FaultCheck writes "$base" "$WORK/writes.txt" 400 >"$WORK/writes.log" 2>&1 &
writer=$!
progress_at_least 1 30 120 "no writes went through before the fault"
mariadb_kill
progress_at_least 2 10 60 "the writers saw no 503 while MariaDB was stopped"
ready=$(http_status "$port" /health/ready)
[[ $ready == 503 ]] || fail "/health/ready answered ${ready:-nothing} while MariaDB was stopped (expected 503, DOWN)"
log "/health/ready: 503 (DOWN) while MariaDB is stopped; writers: $(cut -d' ' -f2 "$WORK/writes.txt.progress") answers 503 so far"
sleep 8
mariadb_serve "$WORK/mariadb"
progress_at_least 3 30 120 "the application did not recover by itself: no writes went through after MariaDB came back"
touch "$WORK/writes.txt.done"
wait "$writer" || { cat "$WORK/writes.log"; fail_log "$WORK/app.log" "the writers saw a wrong answer (see $WORK/writes.log)"; }
cat "$WORK/writes.log"
check_tool FaultCheck recovered "$base" "$WORK/writes.txt"
if [[ ${FAULTS_PLANT:-} == 1 ]]; then
    log "FAULTS_PLANT=1: planting a published revision without its register entry; the check below must fail"
    $MARIADB metryka -e "INSERT INTO revision (document_id, number, state, title, body, issuer, author_name, author_position,
        created_on, editor_username, editor_name, saved_at, published_at, content_hash)
        SELECT document_id, number + 1, state, title, body, issuer, author_name, author_position, created_on, editor_username,
               editor_name, saved_at, published_at, content_hash
          FROM revision WHERE state = 'PUBLISHED' ORDER BY id DESC LIMIT 1"
fi
whole_check "after the MariaDB crash"

# --- b) the application killed with SIGKILL during a burst of views
log "b) eight viewers load document pages; after 8-13 s the application is killed with SIGKILL"
check_tool FaultCheck views "$base" "$WORK/views.txt" 8 "$PID_app"
wait "$PID_app" 2>/dev/null || true
metryka_start restarted "$port" "$WORK/data"
wait_ready restarted "$port"
check_tool FaultCheck counted "$base" "$WORK/views.txt"
whole_check "after kill -9 of the application"
log "PASSED: faults (MariaDB crash during publications, kill -9 during views)"
