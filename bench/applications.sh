#!/usr/bin/env bash
# Applications through the public form /bsfw/apply/ITEM (default the demo's 生育登记, QH-CGZ-0001) on the embedded
# default (H2 file database), at a fixed rate (default 200/s for 60 s), twice: (1) a plain run, then a graceful stop;
# (2) a run during which the application is killed with kill -9 halfway, then started again. Every application is a
# multipart form with the two required copies as small PDFs (3 KB each) and, on every fourth, a 20 KB scan. An
# application counts as acknowledged when the receipt page showed its number and query code; after each run every
# acknowledged pair must open its progress page through the look-up /bsfw/query, as the applicant would.
# Each run follows a 20 s warm-up at 100 applications/s that is not counted. Prints throughput, p50/p99 latency and
# the look-up checks; exits non-zero if any acknowledged application is missing.
set -euo pipefail
source "$(dirname "$0")/common.sh"
source "$(dirname "$0")/app.sh"
cd "$ROOT"

RATE=${APPLICATIONS_RATE:-200}
SECONDS_RUN=${APPLICATIONS_SECONDS:-60}
PORT=${PORT:-8095}
ITEM=${APPLICATIONS_ITEM:-QH-CGZ-0001}
form_bench applications
warm_up() {
  load -Drun=w -Dfill-millis=1500 FormLoad post "$BASE" application "$ITEM" "${APPLICATIONS_WARMUP_RATE:-100}" \
    "${APPLICATIONS_WARMUP_SECONDS:-20}" "$RESULTS/warmup.acked" >"$RESULTS/warmup.txt"
}
# every acknowledged number + code of run $1 must open through the look-up (application running)
lookup_check() { load FormLoad verify "$BASE" application "$RESULTS/$1.acked" | tee -a "$RESULTS/$1.txt"; }

before=$(cpu_busy_pct)
log "machine ${before}% busy before the run; starting the application"
app_start "/bsfw/apply/$ITEM"
app_wait_idle
warm_up
log "run 1: $RATE applications/s for $SECONDS_RUN s"
j0=$(proc_jiffies "$APP"); m0=$(cpu_jiffies)
load -Drun=r1 -Dfill-millis=1500 FormLoad post "$BASE" application "$ITEM" "$RATE" "$SECONDS_RUN" \
  "$RESULTS/r1.acked" | tee "$RESULTS/r1.txt"
j1=$(proc_jiffies "$APP"); m1=$(cpu_jiffies)
# the server's CPU per acknowledged application: what it would need of the two cores at 200/s on a quiet machine
awk -v j=$((j1 - j0)) -v hz="$(getconf CLK_TCK)" -v n="$(wc -l <"$RESULTS/r1.acked")" -v b="$m0" -v a="$m1" '
  BEGIN { split(b, x, " "); split(a, y, " ")
          printf "server CPU: %.1f ms per acknowledged application (%d applications, %.1f CPU s); machine %.0f%% busy " \
            "during the run (all processes)\n", n ? 1000 * j / hz / n : 0, n, j / hz, 100 * (y[1] - x[1]) / (y[2] - x[2]) }' \
  | tee -a "$RESULTS/r1.txt"
app_stop
app_start "/bsfw/apply/$ITEM"
ok1=0; lookup_check r1 || ok1=1

log "run 2: $RATE applications/s for $SECONDS_RUN s, kill -9 of the application after $((SECONDS_RUN / 2)) s"
warm_up
load -Drun=r2 -Dfill-millis=1500 FormLoad post "$BASE" application "$ITEM" "$RATE" "$SECONDS_RUN" \
  "$RESULTS/r2.acked" >"$RESULTS/r2.txt" &
LOAD=$!
sleep $((SECONDS_RUN / 2 + 2))
app_kill9
log "killed; the load generator keeps sending into the void until its time is up"
wait "$LOAD" || true
cat "$RESULTS/r2.txt"
app_start "/bsfw/apply/$ITEM"   # the application recovers its database on start
ok2=0; lookup_check r2 || ok2=1
app_stop

echo "conditions: $(nproc) cores, $(java -version 2>&1 | head -1), -Xmx900m, H2 file database, machine ${before}% busy before"
log "kept in $RESULTS"
exit $((ok1 + ok2))
