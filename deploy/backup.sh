#!/usr/bin/env bash
# Backs up a Metryka installation into a new folder DEST/metryka-<UTC time>/:
#   database.sql.gz  a consistent dump (one InnoDB snapshot, --single-transaction: no locks, the
#                    application keeps running) with the schema, the guard triggers, every table,
#                    and the attachments (they live in the database, table attachment_blob);
#   data.tar.gz      the data folder without the embedded database and Payara's runtime folder: the
#                    register signing key (register-signing-key) unless METRYKA_REGISTER_KEY supplies it;
#   SHA256SUMS       checked by restore.sh.
# Usage: deploy/backup.sh DEST
# Environment:
#   METRYKA_BACKUP_CNF  a client option file with the migration account ([client] user=, password=,
#                       host=, port=); default /etc/metryka/backup.cnf
#   METRYKA_DB_NAME     database (default metryka)
#   METRYKA_DATA_DIR    data folder (default /var/lib/metryka)
#   MARIADB_DUMP        the dump command (default mariadb-dump)
# The signing key given as METRYKA_REGISTER_KEY (e.g. in /etc/metryka/metryka.env) is not in the
# backup: keep it with your other secrets. Without that key, old tree heads stay verifiable with
# the published public key, but new ones would be signed by a new key.
set -euo pipefail
umask 077

dest=${1:?usage: backup.sh DEST}
cnf=${METRYKA_BACKUP_CNF:-/etc/metryka/backup.cnf}
db=${METRYKA_DB_NAME:-metryka}
data=${METRYKA_DATA_DIR:-/var/lib/metryka}
dump=${MARIADB_DUMP:-mariadb-dump}

name=metryka-$(date -u +%Y%m%dT%H%M%SZ)
out=$dest/$name
mkdir -p "$out.partial"
trap 'rm -rf "$out.partial"' EXIT

# --single-transaction: a consistent snapshot of every InnoDB table at one moment;
# --hex-blob: attachments as hex, safe in any client; --skip-dump-date: equal data, equal dump
"$dump" --defaults-extra-file="$cnf" --single-transaction --quick --triggers --hex-blob \
    --default-character-set=utf8mb4 --skip-dump-date "$db" | gzip -6 >"$out.partial/database.sql.gz"

if [[ -d $data ]]; then
    tar -C "$data" --exclude=./mariadb --exclude=./mariadb-base --exclude=./payara-preboot.asadmin --exclude=./payara-runtime -czf "$out.partial/data.tar.gz" .
else
    echo "warning: no data folder $data: only the database is backed up" >&2
fi

(cd "$out.partial" && sha256sum -- * >SHA256SUMS)
mv "$out.partial" "$out"
trap - EXIT
echo "$out"
