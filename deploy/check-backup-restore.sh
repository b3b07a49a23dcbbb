#!/usr/bin/env bash
# Scripted check of the backup recipe, with the production launcher and least-privilege accounts:
#  1. a throw-away MariaDB; deploy/mariadb/setup.sh creates database metryka and its accounts;
#  2. the migration step (metryka-migrate.jar) alone gets the migration account and applies every
#     migration; Metryka, with only the application account (its processes' environment holds no
#     migration password: /proc/PID/environ) and -Xmx512m, loads the demo bulletin; 20 concurrent
#     anonymous 60 MB POSTs are all refused at once and it stays up (issue 14); then documents are
#     published, amended, withdrawn (one with an attachment) and viewed;
#  3. the application account is refused UPDATE/DELETE on the register tables by MariaDB itself;
#  4. deploy/backup.sh while it runs; then deploy/restore.sh into a NEW, EMPTY database
#     (made by setup.sh with other accounts) and a new data folder;
#  5. Metryka on the restored database must give byte-identical API answers (documents, every
#     revision list, attachment digests, the whole register, its key and signed head, and
#     /api/v1/export/bulletin.json where that endpoint exists), a valid register with valid
#     Merkle proofs, and must still publish;
#  6. a redaction made after the backup: the same (older) backup restored once more, with the live
#     redaction journal (METRYKA_REDACTION_JOURNAL), must come up with the redaction re-applied.
# Needs a build (mvn -B -DskipTests package). Takes about 2 minutes.
set -euo pipefail
source "$(dirname "$0")/lib/check-common.sh"
check_begin backup-restore

database_with_accounts
METRYKA_DB_NAME=metryka_restored METRYKA_DB_USER=metryka_r METRYKA_MIGRATION_DB_USER=metryka_r_migrate \
    METRYKA_DB_APP_ROLE=metryka_r_app METRYKA_DB_PASSWORD=$app_pw-r METRYKA_MIGRATION_DB_PASSWORD=$mig_pw-r \
    "$ROOT/deploy/mariadb/setup.sh"
printf '[client]\nhost=127.0.0.1\nport=%s\nuser=metryka_migrate\npassword=%s\n' "$DB_PORT" "$mig_pw" >"$WORK/backup.cnf"
printf '[client]\nhost=127.0.0.1\nport=%s\nuser=metryka_r_migrate\npassword=%s\n' "$DB_PORT" "$mig_pw-r" >"$WORK/restore.cnf"
METRYKA_DB_NAME=metryka_restored2 METRYKA_DB_USER=metryka_r2 METRYKA_MIGRATION_DB_USER=metryka_r2_migrate \
    METRYKA_DB_APP_ROLE=metryka_r2_app METRYKA_DB_PASSWORD=$app_pw-r2 METRYKA_MIGRATION_DB_PASSWORD=$mig_pw-r2 \
    "$ROOT/deploy/mariadb/setup.sh"
printf '[client]\nhost=127.0.0.1\nport=%s\nuser=metryka_r2_migrate\npassword=%s\n' "$DB_PORT" "$mig_pw-r2" >"$WORK/restore2.cnf"

port=$(free_port)
base=http://127.0.0.1:$port

# --- the original installation: the migration step first, then the application without the migration account
METRYKA_DB_URL=jdbc:mariadb://127.0.0.1:$DB_PORT/metryka METRYKA_MIGRATION_DB_USER=metryka_migrate METRYKA_MIGRATION_DB_PASSWORD=$mig_pw \
    metryka_migrate original
migrations=$(find "$ROOT/schema" -name 'V*__*.sql' | wc -l)
grep -q "($migrations migration(s) applied now" "$WORK/migrate-original.log" \
    || fail_log "$WORK/migrate-original.log" "the migration step did not apply all $migrations migrations to the empty database"
METRYKA_DB_URL=jdbc:mariadb://127.0.0.1:$DB_PORT/metryka METRYKA_DB_USER=metryka METRYKA_DB_PASSWORD=$app_pw \
    METRYKA_JAVA_OPTS="-Dmetryka.demo-data=true -Xmx512m -XX:+ExitOnOutOfMemoryError" \
    metryka_start original "$port" "$WORK/data-original"
wait_ready original "$port"
expect_no_migration_secret original "$mig_pw"
# issue 14: anonymous bodies are refused before they are read; 20 x 60 MB = 1,200 MB would not fit in 512 MB
payara=$(pgrep -P "$PID_original" java | head -1 || true)
heap() { [[ -n $payara ]] && jcmd "$payara" GC.heap_info 2>/dev/null | grep -m1 -o 'total [0-9]*K, used [0-9]*K' || echo unknown; }
heap_before=$(heap)
check_tool BodyFloodCheck "$base"
kill -0 "$PID_original" 2>/dev/null || fail_log "$WORK/original.log" "Metryka (-Xmx512m) died under 20 anonymous 60 MB POSTs"
[[ $(http_status "$port" /health/ready) == 200 ]] || fail_log "$WORK/original.log" "Metryka not ready after 20 anonymous 60 MB POSTs"
log "still alive and ready at -Xmx512m; heap before: $heap_before, after: $(heap)"
check_tool RootContextCheck "$base"
check_tool BackupCheck seed "$base"
expect_refused metryka "$app_pw" metryka
sleep 6 # the visit counter writes every 5 s
check_tool BackupCheck snapshot "$base" "$WORK/before"

METRYKA_BACKUP_CNF=$WORK/backup.cnf METRYKA_DATA_DIR=$WORK/data-original MARIADB_DUMP=$MARIADB_BASE/bin/mariadb-dump \
    "$ROOT/deploy/backup.sh" "$WORK/backups" >"$WORK/backup-path.txt"
backup=$(cat "$WORK/backup-path.txt")
log "backup: $backup ($(du -sh "$backup" | cut -f1); $(cd "$backup" && ls | tr '\n' ' '))"
metryka_stop original

# --- restored into an empty database and data folder
METRYKA_RESTORE_CNF=$WORK/restore.cnf METRYKA_DB_NAME=metryka_restored METRYKA_DATA_DIR=$WORK/data-restored \
    MARIADB=$MARIADB_BASE/bin/mariadb "$ROOT/deploy/restore.sh" "$backup"
METRYKA_DB_URL=jdbc:mariadb://127.0.0.1:$DB_PORT/metryka_restored METRYKA_MIGRATION_DB_USER=metryka_r_migrate \
    METRYKA_MIGRATION_DB_PASSWORD=$mig_pw-r METRYKA_DB_APP_ROLE=metryka_r_app metryka_migrate restored
METRYKA_DB_URL=jdbc:mariadb://127.0.0.1:$DB_PORT/metryka_restored METRYKA_DB_USER=metryka_r METRYKA_DB_PASSWORD=$app_pw-r \
    metryka_start restored "$port" "$WORK/data-restored"
wait_ready restored "$port"
expect_no_migration_secret restored "$mig_pw-r"
check_tool BackupCheck snapshot "$base" "$WORK/after"

cmp "$WORK/before/api.txt" "$WORK/after/api.txt" || fail "the API answers differ after the restore (diff $WORK/before/api.txt $WORK/after/api.txt)"
log "API answers byte-identical after the restore: $(wc -c <"$WORK/after/api.txt") bytes, sha256 $(sha256sum "$WORK/after/api.txt" | cut -c1-16)…"
if [[ -f $WORK/before/bulletin.json || -f $WORK/after/bulletin.json ]]; then
    cmp "$WORK/before/bulletin.json" "$WORK/after/bulletin.json" || fail "bulletin.json differs after the restore"
    log "bulletin.json byte-identical after the restore: $(wc -c <"$WORK/after/bulletin.json") bytes"
fi
check_tool BackupCheck audit "$base"
expect_refused metryka_r "$app_pw-r" metryka_restored
check_tool BackupCheck publish "$base"

# --- a redaction after the backup must survive restoring that backup (the journal re-applies it)
check_tool BackupCheck redact "$base" "$WORK/redacted-id.txt"
sleep 3 # the journal is written right after the commit
metryka_stop restored
ls "$WORK/data-restored/redactions"/redaction-*.json >/dev/null 2>&1 || fail "no redaction journal in $WORK/data-restored/redactions"
METRYKA_RESTORE_CNF=$WORK/restore2.cnf METRYKA_DB_NAME=metryka_restored2 METRYKA_DATA_DIR=$WORK/data-restored2 \
    METRYKA_REDACTION_JOURNAL=$WORK/data-restored/redactions MARIADB=$MARIADB_BASE/bin/mariadb "$ROOT/deploy/restore.sh" "$backup"
METRYKA_DB_URL=jdbc:mariadb://127.0.0.1:$DB_PORT/metryka_restored2 METRYKA_MIGRATION_DB_USER=metryka_r2_migrate \
    METRYKA_MIGRATION_DB_PASSWORD=$mig_pw-r2 METRYKA_DB_APP_ROLE=metryka_r2_app metryka_migrate restored2
METRYKA_DB_URL=jdbc:mariadb://127.0.0.1:$DB_PORT/metryka_restored2 METRYKA_DB_USER=metryka_r2 METRYKA_DB_PASSWORD=$app_pw-r2 \
    metryka_start restored2 "$port" "$WORK/data-restored2"
wait_ready restored2 "$port"
check_tool BackupCheck redacted "$base" "$WORK/redacted-id.txt"
check_tool BackupCheck audit "$base"
log "PASSED: backup -> restore into an empty database -> identical answers, valid register; a later redaction re-applied"
