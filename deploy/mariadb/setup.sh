#!/usr/bin/env bash
# Creates Metryka's database on a MariaDB server, with least privileges:
#   - role METRYKA_DB_APP_ROLE (default metryka_app): may read the database; its table rights
#     (INSERT everywhere, UPDATE/DELETE only where the application needs them, never on the
#     register, the audit log or the redaction records) are granted by Metryka itself after each migration
#     (app/src/main/java/pl/metryka/infrastructure/persistence/ApplicationGrants.java);
#   - the application's account (METRYKA_DB_USER, default metryka), which has only that role;
#   - the migration account (METRYKA_MIGRATION_DB_USER, default metryka_migrate), which owns the
#     schema: Flyway migrations, the guard triggers, backups and restores, and the grants above.
#     Its password then belongs in /etc/metryka/migrate.env (root only, read by metryka-migrate.service
#     alone), never in the application's metryka.env.
#
# Run once per database, as a MariaDB administrator, e.g. on the database server:
#   METRYKA_DB_PASSWORD=... METRYKA_MIGRATION_DB_PASSWORD=... deploy/mariadb/setup.sh
# Anything after the script name goes to the mariadb client (e.g. -h db.example -u root -p).
#
# Environment:
#   METRYKA_DB_NAME            database name (default metryka)
#   METRYKA_DB_USER            application account (default metryka)
#   METRYKA_DB_PASSWORD        its password (required)
#   METRYKA_MIGRATION_DB_USER  migration account (default metryka_migrate)
#   METRYKA_MIGRATION_DB_PASSWORD  its password (required)
#   METRYKA_DB_APP_ROLE        the application's role (default metryka_app)
#   METRYKA_DB_CLIENT_HOSTS    hosts the application connects from, space-separated
#                              (default "localhost 127.0.0.1"; e.g. "10.0.1.%" for a cluster)
#   MARIADB                    the client command (default mariadb)
set -euo pipefail

db=${METRYKA_DB_NAME:-metryka}
app=${METRYKA_DB_USER:-metryka}
migration=${METRYKA_MIGRATION_DB_USER:-metryka_migrate}
role=${METRYKA_DB_APP_ROLE:-metryka_app}
hosts=${METRYKA_DB_CLIENT_HOSTS:-localhost 127.0.0.1}
: "${METRYKA_DB_PASSWORD:?the application account's password}"
: "${METRYKA_MIGRATION_DB_PASSWORD:?the migration account's password}"

for name in "$db" "$app" "$migration" "$role"; do
    [[ $name =~ ^[A-Za-z0-9_]+$ ]] || { echo "plain names only (letters, digits, _): $name" >&2; exit 2; }
done
[[ $app != "$migration" ]] || { echo "the application and migration accounts must differ" >&2; exit 2; }

# a SQL string literal
literal() { local v=${1//\\/\\\\}; printf "'%s'" "${v//\'/\'\'}"; }

{
    echo "CREATE DATABASE \`$db\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
    echo "CREATE ROLE IF NOT EXISTS $role;"
    echo "GRANT SELECT ON \`$db\`.* TO $role;"
    for host in $hosts; do
        echo "CREATE USER '$app'@$(literal "$host") IDENTIFIED BY $(literal "$METRYKA_DB_PASSWORD");"
        echo "GRANT $role TO '$app'@$(literal "$host");"
        echo "SET DEFAULT ROLE $role FOR '$app'@$(literal "$host");"
        echo "CREATE USER '$migration'@$(literal "$host") IDENTIFIED BY $(literal "$METRYKA_MIGRATION_DB_PASSWORD");"
        echo "GRANT ALL PRIVILEGES ON \`$db\`.* TO '$migration'@$(literal "$host") WITH GRANT OPTION;"
    done
} | ${MARIADB:-mariadb} "$@"

echo "Database $db created: application account '$app' (role $role, read-only until Metryka's first start"
echo "grants its table rights), migration account '$migration' (owns the schema). Hosts: $hosts"
