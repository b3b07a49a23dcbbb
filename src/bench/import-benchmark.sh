#!/bin/sh
# Bulk import benchmark (not a test): imports N synthetic documents (every third with 3 revisions)
# into a running Metryka with demo data, then imports the same folder again (all skipped), and
# prints documents per second for both passes.
# Needs `mvn -B -q -DskipTests package` (target/metryka-import.jar) and a running server, e.g.
# `mvn -DskipTests package exec:exec` in another terminal.
# Usage: src/bench/import-benchmark.sh [documents=200] [url=http://localhost:8080]
# Password of the account `admin`: METRYKA_IMPORT_PASSWORD (default admin, the demo account).
# Extra options for the command: IMPORT_OPTS (e.g. "--rownolegle 1").
set -eu
cd "$(dirname "$0")/../.."
DOCS="${1:-200}"
URL="${2:-http://localhost:8080}"
RUN="bench-$(date +%s)"
DIR="target/import-bench/$RUN"
mkdir -p "$DIR/pliki"
echo "id_zrodlowe;wersja;kategoria;tytul;plik;autor;stanowisko_autora;data_wytworzenia;data_publikacji;wprowadzajacy;powod_zmiany" > "$DIR/metadane.csv"
i=1
while [ "$i" -le "$DOCS" ]; do
  day=$(( (i % 28) + 1 ))
  revisions=1
  [ $(( i % 3 )) -eq 0 ] && revisions=3
  r=1
  while [ "$r" -le "$revisions" ]; do
    printf '<p>Zarządzenie nr %d/2023 Wójta Gminy, wersja %d.</p><p>§ 1. Treść zarządzenia numer %d.</p>\n' "$i" "$r" "$i" > "$DIR/pliki/$i-$r.html"
    reason=""
    [ "$r" -gt 1 ] && reason="Korekta nr $r"
    printf '%s-%d;%d;zarzadzenia-wojta;Zarządzenie nr %d/2023 Wójta Gminy (%s);pliki/%d-%d.html;Jan Kowalski;Wójt Gminy;2023-03-%02d;2023-%02d-%02d 10:00;Anna Nowak;%s\n' \
      "$RUN" "$i" "$r" "$i" "$RUN" "$i" "$r" "$day" $(( r + 3 )) "$day" "$reason" >> "$DIR/metadane.csv"
    r=$(( r + 1 ))
  done
  i=$(( i + 1 ))
done
export METRYKA_IMPORT_PASSWORD="${METRYKA_IMPORT_PASSWORD:-admin}"
for pass in import re-run; do
  start=$(date +%s.%N)
  code=0
  java -jar target/metryka-import.jar "$DIR" --url "$URL" --report "$DIR/report-$pass.csv" ${IMPORT_OPTS:-} > "$DIR/console-$pass.txt" || code=$?
  end=$(date +%s.%N)
  if [ "$code" -ne 0 ]; then
    cat "$DIR/console-$pass.txt"
    echo "import failed (exit code $code)"
    exit 1
  fi
  tail -n 2 "$DIR/console-$pass.txt" | head -n 1
  awk -v n="$DOCS" -v s="$start" -v e="$end" -v p="$pass" \
    'BEGIN { printf "%s: %d documents in %.1f s, %.1f documents/s\n", p, n, e - s, n / (e - s) }'
done
