#!/usr/bin/env bash
# Restores a backup made by backup.sh into an EMPTY database and an empty data folder.
# Create the database first with deploy/mariadb/setup.sh (on the new server, or under a new name);
# the restore runs as that database's migration account, which becomes the definer of the guard
# triggers. Then start Metryka on it: it re-grants the application's table rights at start.
# Usage: deploy/restore.sh BACKUP_DIR
# Environment:
#   METRYKA_RESTORE_CNF  client option file with the target's migration account (default /etc/metryka/backup.cnf)
#   METRYKA_DB_NAME      target database (default metryka); must have no tables
#   METRYKA_DATA_DIR     target data folder (default /var/lib/metryka); must be empty or absent
#   MARIADB              the client command (default mariadb)
#   METRYKA_REDACTION_JOURNAL  the live installation's redaction journal (<data dir>/redactions, e.g.
#                        /var/lib/metryka/redactions, copied aside before the restore); its entries are
#                        added to the restored data folder, and Metryka re-applies at start every
#                        redaction the restored (older) database lacks, so that a backup taken before a
#                        redaction cannot bring the removed data back (compliance-docs/redaction.md)
set -euo pipefail
umask 077

backup=${1:?usage: restore.sh BACKUP_DIR}
cnf=${METRYKA_RESTORE_CNF:-/etc/metryka/backup.cnf}
db=${METRYKA_DB_NAME:-metryka}
data=${METRYKA_DATA_DIR:-/var/lib/metryka}
client=${MARIADB:-mariadb}

(cd "$backup" && sha256sum --quiet -c SHA256SUMS) || { echo "backup $backup is damaged (SHA256SUMS)" >&2; exit 1; }

tables=$($client --defaults-extra-file="$cnf" -N -e \
    "SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = '$db'" "$db")
[[ $tables == 0 ]] || { echo "database $db is not empty ($tables tables): restore only into an empty database" >&2; exit 1; }
if [[ -d $data ]] && [[ -n $(ls -A "$data") ]]; then
    echo "data folder $data is not empty" >&2
    exit 1
fi

# the triggers were defined by the source's migration account; here the restoring account defines them
gunzip -c "$backup/database.sql.gz" | sed -E 's/DEFINER=`[^`]+`@`[^`]+`//g' \
    | $client --defaults-extra-file="$cnf" --default-character-set=utf8mb4 "$db"

mkdir -p "$data"
if [[ -f $backup/data.tar.gz ]]; then
    tar -C "$data" -xzf "$backup/data.tar.gz"
fi
journal=${METRYKA_REDACTION_JOURNAL:-}
if [[ -n $journal ]]; then
    [[ -d $journal ]] || { echo "redaction journal $journal is not a folder" >&2; exit 1; }
    mkdir -p "$data/redactions"
    # the live journal is newer than the backup's: it wins for the same redaction
    find "$journal" -maxdepth 1 -name 'redaction-*.json' -exec cp -f -t "$data/redactions" {} +
    echo "redaction journal: $(find "$data/redactions" -name 'redaction-*.json' | wc -l) entries, re-applied at start where missing"
elif [[ -d $data/redactions ]]; then
    echo "note: no METRYKA_REDACTION_JOURNAL given; only the backup's own journal will be re-applied" >&2
fi
if [[ $(id -u) == 0 ]] && id metryka >/dev/null 2>&1; then
    chown -R metryka:metryka "$data"
fi
echo "restored $backup into database $db and $data ($($client --defaults-extra-file="$cnf" -N -e \
    "SELECT COUNT(*) FROM register_entry" "$db") register entries)"
