#!/usr/bin/env bash
# A full scenario against the real binary with a known BSN, then a search for that BSN (and
# for the resident reference) in everything helder wrote: its logs, the database and its
# WAL. Only the key file, which holds no data, is left out.
# Usage: privacy_scan.sh path/to/helder data-dir
set -euo pipefail
helder="$1"
data="$2"
work="$(mktemp -d)"
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT
bsn=123456782
resident="INW-PRIVACY-7731"

"$helder" serve --demo --port 0 --db "$work/scan.db" --data "$data" >"$work/stdout.log" 2>"$work/stderr.log" &
pid=$!
port=""
for _ in $(seq 1 100); do
  port="$(sed -n 's|.*listens on http://127.0.0.1:\([0-9]*\).*|\1|p' "$work/stderr.log")"
  [ -n "$port" ] && break
  sleep 0.1
done
[ -n "$port" ] || { echo "helder did not start"; cat "$work/stderr.log"; exit 1; }
base="http://127.0.0.1:$port/api/v1"
jar="$work/cookies"

call() {  # method path [body]: prints the status; the body goes to $work/last.json
  local method="$1" path="$2" body="${3:-}"
  curl -sS -o "$work/last.json" -w '%{http_code}' -X "$method" -b "$jar" -c "$jar" \
    -H 'Content-Type: application/json' -H "X-CSRF-Token: ${csrf:-}" \
    ${body:+--data "$body"} "$base$path"
}
expect() {  # expected-status method path [body]
  local want="$1"; shift
  local got
  got="$(call "$@")"
  [ "$got" = "$want" ] || { echo "$* answered $got, expected $want: $(cat "$work/last.json")"; exit 1; }
}

csrf=""
expect 201 POST /sessies '{"gebruikersnaam":"uitvoerder","wachtwoord":"helder-demo"}'
csrf="$(sed -n 's/.*"csrfToken":"\([^"]*\)".*/\1/p' "$work/last.json")"
[ -n "$csrf" ] || { echo "no CSRF token in the login answer"; exit 1; }

expect 201 POST /casussen "{\"titel\":\"Scan\",\"inwoner\":{\"referentie\":\"$resident\",\"soort\":\"persoon\"},\"regelingen\":[\"participatiewet\"],\"bsn\":\"$bsn\"}"
case_path="$(sed -n 's|.*"self":{"href":"/api/v1\(/casussen/[0-9-]*\)".*|\1|p' "$work/last.json")"
[ -n "$case_path" ] || { echo "no case path in: $(cat "$work/last.json")"; exit 1; }
expect 200 GET "$case_path"
expect 200 GET "$case_path/bsn"
grep -q "$bsn" "$work/last.json" || { echo "the BSN route did not show the BSN"; exit 1; }
expect 200 POST /bsn-zoekopdrachten "{\"bsn\":\"$bsn\"}"
expect 400 POST /bsn-zoekopdrachten '{"bsn":"123456789"}'
expect 400 POST /casussen "{\"titel\":\"Fout\",\"inwoner\":{\"referentie\":\"$bsn\",\"soort\":\"persoon\"}}"
expect 201 POST "$case_path/signalen" '{"signaal":"signaal.deel-van-dienst","bron":"inwoner","toelichting":"Gesprek aan de balie"}'
expect 200 GET "/casussen?zoek=Scan"
expect 200 GET "$case_path/gebeurtenissen"
expect 200 GET "$case_path/verwerkingen"
expect 404 GET "/casussen/$bsn"
expect 204 DELETE /sessies/huidige

kill -TERM "$pid"
wait "$pid" || true

leaks=0
# scan.db.logboek/ is the processing-log journal: its segment files are checked as well.
for file in "$work"/stdout.log "$work"/stderr.log "$work"/scan.db* "$work"/scan.db.logboek/*; do
  case "$file" in *.key|*.logboek) continue ;; esac
  [ -e "$file" ] || continue
  if grep -a -q "$bsn" "$file"; then echo "BSN found in $(basename "$file")"; leaks=1; fi
  case "$file" in *.log)
    if grep -a -q "$resident" "$file"; then echo "resident reference found in $(basename "$file")"; leaks=1; fi ;;
  esac
done
[ "$leaks" = 0 ] || exit 1
lines="$(wc -l <"$work/stdout.log")"
[ "$lines" -ge 10 ] || { echo "expected access-log lines, got $lines"; exit 1; }
echo "no BSN in logs or database after a full scenario ($lines access-log lines checked)"
