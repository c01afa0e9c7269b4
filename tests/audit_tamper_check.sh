#!/usr/bin/env bash
# Changes one stored event behind helder's back and expects `helder audit verify` to name it.
# Usage: audit_tamper_check.sh HELDER DB
set -euo pipefail
helder="$1"
db="$2"
tampered="$db.tampered"
rm -rf "$tampered"*
cp "$db" "$tampered"
[ -f "$db-wal" ] && cp "$db-wal" "$tampered-wal"
sqlite3 "$tampered" "DROP TRIGGER case_events_no_update; UPDATE case_events SET note = 'x' WHERE id = 7"
set +e
output=$("$helder" audit verify --db "$tampered")
status=$?
set -e
echo "$output"
[ "$status" -eq 1 ] || { echo "expected exit 1, got $status"; exit 1; }
grep -q "BROKEN at event 7 " <<<"$output" || { echo "expected event 7 to be named"; exit 1; }
