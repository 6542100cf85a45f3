#!/usr/bin/env bash
# The applicant's status look-up /bsfw/query (number + query code) at 16 concurrent clients, against the best
# alternative in the same run on the same machine: the letters' look-up /hdjl/query, the same kind of request
# (a keyed hash checked, a session proven, a redirect, the progress page) that issue 5 measured and tuned.
# A fresh data dir with the demo; applications (the demo's 生育登记) and letters are put in through their public
# forms (LOOKUP_SEED_RATE/s for LOOKUP_SEED_SECONDS each, receipts read), then each look-up runs LOOKUP_SECONDS
# (after a 5 s warm-up) with LOOKUP_CLIENTS clients in a closed loop, each on a kept-alive connection, picking
# acknowledged pairs at random. Prints p50/p95/p99 of the query post and of the whole look-up (post + progress page)
# for both, and the ratio of the p95s. Target (issue 14): p95 under 20 ms.
set -euo pipefail
source "$(dirname "$0")/common.sh"
source "$(dirname "$0")/app.sh"
cd "$ROOT"

CLIENTS=${LOOKUP_CLIENTS:-16}
SECONDS_RUN=${LOOKUP_SECONDS:-30}
SEED_RATE=${LOOKUP_SEED_RATE:-100}
SEED_SECONDS=${LOOKUP_SEED_SECONDS:-20}
PORT=${PORT:-8096}
ITEM=${APPLICATIONS_ITEM:-QH-CGZ-0001}
MAILBOX=${LETTERS_MAILBOX:-mayor}
form_bench lookup
app_start "/bsfw/apply/$ITEM"
app_wait_idle
log "seeding: $SEED_RATE applications/s and letters/s for $SEED_SECONDS s each"
load -Drun=s -Dfill-millis=1500 FormLoad post "$BASE" application "$ITEM" "$SEED_RATE" "$SEED_SECONDS" \
  "$RESULTS/applications.acked" >"$RESULTS/seed.txt"
load -Drun=s -Dfill-millis=1500 -Dreceipts=true FormLoad post "$BASE" letter "$MAILBOX" "$SEED_RATE" "$SEED_SECONDS" \
  "$RESULTS/letters.acked" >>"$RESULTS/seed.txt"
cat "$RESULTS/seed.txt"

p95() { sed -n 's/^query post.*p95 \([0-9.]*\) ms.*/\1/p' "$1"; }
whole95() { sed -n 's/^whole look-up.*p95 \([0-9.]*\) ms.*/\1/p' "$1"; }
for kind in application letter; do
  quiet=$(wait_for_quiet)
  log "look-ups of ${kind}s: $CLIENTS clients for $SECONDS_RUN s ($quiet before)"
  load FormLoad lookup "$BASE" "$kind" "$RESULTS/${kind}s.acked" "$CLIENTS" "$SECONDS_RUN" \
    | tee "$RESULTS/$kind.txt"
  echo "machine before: $quiet" >>"$RESULTS/$kind.txt"
done
app_stop

echo
echo "| look-up at $CLIENTS clients | query post p95 (ms) | whole look-up p95 (ms) |"
echo "| --- | ---: | ---: |"
echo "| applications /bsfw/query | $(p95 "$RESULTS/application.txt") | $(whole95 "$RESULTS/application.txt") |"
echo "| letters /hdjl/query (baseline) | $(p95 "$RESULTS/letter.txt") | $(whole95 "$RESULTS/letter.txt") |"
echo "| ratio applications / letters | $(ratio "$(p95 "$RESULTS/application.txt")" "$(p95 "$RESULTS/letter.txt")") |" \
  "$(ratio "$(whole95 "$RESULTS/application.txt")" "$(whole95 "$RESULTS/letter.txt")") |"
echo "conditions: $(nproc) cores, $(java -version 2>&1 | head -1), -Xmx900m, H2 file database, generator on the same cores"
log "kept in $RESULTS"
