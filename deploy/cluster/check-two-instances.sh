#!/usr/bin/env bash
# Scripted check of scale-out: two Payara Micro instances of Metryka, clustered through Payara's
# Hazelcast data grid (cluster name, TCP discovery on loopback, distinct ports), on ONE MariaDB with
# the least-privilege accounts of deploy/mariadb/setup.sh and one shared register signing key.
#  1. each host's migration step (metryka-migrate.jar, the only process given the migration account) runs at
#     the same time as the other's (Flyway's lock serializes them); then both instances start at the same time,
#     without the migration account in their environment (/proc/PID/environ; A loads the demo bulletin);
#  2. writers on A and on B publish and amend concurrently (each its own documents, and all of
#     them one shared document, so amendments conflict across instances); a publication is
#     scheduled for 10 s later, for both instances' timers; readers view pages through A and B;
#  3. 200 more views through B, and B is stopped at once (SIGTERM: the views still in its memory are
#     written at shutdown); then, through A:
#     every 2xx publish/amend is in the register and the revision lists and nothing else is, the
#     scheduled document was published exactly once, the chain verifies, every new entry's Merkle
#     inclusion proof and consistency proofs verify against Ed25519-signed heads, and the visit
#     counts equal the successful page views; a document published through A is found by /szukaj on B
#     at once, and after B amends it, A finds its new word and not its old one (each instance searches
#     its own Lucene copy, caught up with the register before every query);
#     both instances serve the same /tlog/checkpoint bytes, signed with the shared register key;
#     100 concurrent amendments of ONE document, half through A and half through B, all on its first
#     revision: each loser is answered 409 with the current revision and retries on it; exactly one winner
#     per base revision, every winner's revision in the history with its text and in the register once;
#     the offline verifier (target/metryka-verifier.jar) accepts the whole register;
#     pages kept in memory (the page cache) on both instances: after a publication, an amendment and a
#     redaction through A, B's very next request shows the change and no longer holds the redacted phrase;
#  4. the application account is refused UPDATE/DELETE on the register tables by MariaDB.
# Needs a build (mvn -B -DskipTests package). Takes about 3-4 minutes.
set -euo pipefail
source "$(dirname "$0")/../lib/check-common.sh"
check_begin two-instances

database_with_accounts

export METRYKA_DB_URL=jdbc:mariadb://127.0.0.1:$DB_PORT/metryka METRYKA_DB_USER=metryka METRYKA_DB_PASSWORD=$app_pw
# the migration account only for the migration steps (as metryka-migrate.service on each host)
METRYKA_MIGRATION_DB_USER=metryka_migrate METRYKA_MIGRATION_DB_PASSWORD=$mig_pw metryka_migrate A &
migrate_a=$!
METRYKA_MIGRATION_DB_USER=metryka_migrate METRYKA_MIGRATION_DB_PASSWORD=$mig_pw metryka_migrate B
wait "$migrate_a" || fail "the migration step A failed"
METRYKA_REGISTER_KEY=$(check_tool BackupCheck key)
export METRYKA_REGISTER_KEY
export METRYKA_CLUSTER_NAME=metryka-check-$$
# one public address for both instances, the one nginx serves (absolute links never follow the Host header)
export METRYKA_BASE_URL=https://bip.example.gov.pl
# the checkpoint's origin names the bulletin, not an instance: both sign the same note (docs/register-format.md, section 7)
export METRYKA_TLOG_ORIGIN=bip-check.example/metryka
port_a=$(free_port) port_b=$(free_port)
hz_a=$(free_port) hz_b=$(free_port)
members="tcpip:127.0.0.1:$hz_a,127.0.0.1:$hz_b"
METRYKA_JAVA_OPTS=-Dmetryka.demo-data=true metryka_start A "$port_a" "$WORK/data-a" \
    --name A --clustermode "$members" --startport "$hz_a" --interfaces 127.0.0.1
metryka_start B "$port_b" "$WORK/data-b" --name B --clustermode "$members" --startport "$hz_b" --interfaces 127.0.0.1
wait_ready A "$port_a"
wait_ready B "$port_b"
expect_no_migration_secret A "$mig_pw"
expect_no_migration_secret B "$mig_pw"
members_seen=$(grep -ho "DG Name: $METRYKA_CLUSTER_NAME DG Size: [0-9]*" "$WORK/A.log" "$WORK/B.log" | sort -k6 -n | tail -1 || true)
[[ $members_seen == *"DG Size: 2" ]] || fail "the instances did not form one data grid (saw: ${members_seen:-nothing})"
log "Payara data grid formed: $members_seen (instances A and B)"

check_tool ClusterCheck load "http://127.0.0.1:$port_a" "http://127.0.0.1:$port_b" "$WORK/state.txt"
check_tool ClusterCheck checkpoint "http://127.0.0.1:$port_a" "http://127.0.0.1:$port_b" "$METRYKA_TLOG_ORIGIN"
# pages kept in B's memory show what was published, amended and redacted through A on B's next request
check_tool PageCacheCheck "http://127.0.0.1:$port_a" "http://127.0.0.1:$port_b"
check_tool AmendmentRace "http://127.0.0.1:$port_a" "http://127.0.0.1:$port_b" "$WORK/state.txt" 100
nginx_check "$port_a" "$port_b"
check_tool ClusterCheck burst "http://127.0.0.1:$port_b" "$WORK/state.txt" 200
metryka_stop B
log "B at shutdown: $(grep -ho 'Visit counter flushed at shutdown: [0-9]* view(s)\|[0-9]* visit(s) written at JVM exit' "$WORK/B.log" | tr '\n' ' ')"
sleep 6 # A's visit counter writes every 5 s
check_tool ClusterCheck verify "http://127.0.0.1:$port_a" "$WORK/state.txt"
# the auditor's own check of the whole chain, with the JDK only (docs/verification.md)
java -jar "$TARGET/metryka-verifier.jar" "http://127.0.0.1:$port_a" >"$WORK/verifier.log" 2>&1 \
    || { cat "$WORK/verifier.log"; fail "the offline verifier rejected the register after the concurrent writes (see $WORK/verifier.log)"; }
log "offline verifier (target/metryka-verifier.jar): $(tail -1 "$WORK/verifier.log")"
expect_refused metryka "$app_pw" metryka
unit_check
log "PASSED: two clustered instances on one database"
