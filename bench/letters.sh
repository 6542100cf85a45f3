#!/usr/bin/env bash
# Letters through the public form on the embedded default (H2 file database), at a fixed rate (default 500/s for
# 60 s), twice: (1) a plain run, then a graceful stop; (2) a run during which the application is killed with kill -9
# halfway, then started again. After each, every letter the form acknowledged (a redirect to the receipt page) must be
# in the database: the letters' numbers in the run are compared with the rows found by their subjects.
# The per-address limit of public forms is lifted for the run (all letters come from 127.0.0.1, see app.sh); the
# anti-abuse token and CSRF are used as a browser would. Each run follows a 20 s warm-up at 200 letters/s that is not
# counted.
# Prints throughput, p50/p99 latency and the count checks.
set -euo pipefail
source "$(dirname "$0")/common.sh"
source "$(dirname "$0")/app.sh"
cd "$ROOT"

RATE=${LETTERS_RATE:-500}
SECONDS_RUN=${LETTERS_SECONDS:-60}
PORT=${PORT:-8094}
MAILBOX=${LETTERS_MAILBOX:-mayor}
form_bench letters
H2_JAR=$(ls "$HOME"/.m2/repository/com/h2database/h2/*/h2-*.jar 2>/dev/null | sort -V | tail -1)
[[ -n "$H2_JAR" ]] || die "no H2 jar in ~/.m2 (build the project once)"
start_app() { app_start "/hdjl/write/$MAILBOX"; }
# a fresh JVM interprets and compiles for its first seconds; a short warm-up at a lower rate (its letters are not
# counted: their subjects say 压测w-N) lets the measured run see the server as it runs in service
warm_up() {
  load -Drun=w -Dfill-millis=1500 FormLoad post "$BASE" letter "$MAILBOX" \
    "${LETTERS_WARMUP_RATE:-200}" "${LETTERS_WARMUP_SECONDS:-20}" "$RESULTS/warmup.acked" >"$RESULTS/warmup.txt"
}

# every acknowledged number of run $1 must be among the subjects 压测$1-N in the database (application stopped)
count_check() {
  local run=$1 acked=$2
  java -cp "$H2_JAR" org.h2.tools.Shell -url "jdbc:h2:file:$DATA/db/zhengwu" -user sa -password "" \
    -sql "SELECT SUBSTRING(subject, $(( ${#run} + 4 ))) FROM letter WHERE subject LIKE '压测$run-%'" \
    | grep -E '^[0-9]+ *$' | tr -d ' ' | sort >"$RESULTS/$run.stored"
  cut -d' ' -f1 "$acked" | sort >"$RESULTS/$run.acked.sorted"
  local n_acked n_stored missing
  n_acked=$(wc -l <"$RESULTS/$run.acked.sorted")
  n_stored=$(wc -l <"$RESULTS/$run.stored")
  missing=$(comm -23 "$RESULTS/$run.acked.sorted" "$RESULTS/$run.stored" | wc -l)
  echo "count check ($run): $n_acked acknowledged, $n_stored stored, $missing acknowledged but missing"
  [[ $missing -eq 0 ]]
}

before=$(cpu_busy_pct)
log "machine ${before}% busy before the run; starting the application"
start_app
warm_up
log "run 1: $RATE letters/s for $SECONDS_RUN s"
load -Drun=r1 -Dfill-millis=1500 FormLoad post "$BASE" letter "$MAILBOX" "$RATE" \
  "$SECONDS_RUN" "$RESULTS/r1.acked" | tee "$RESULTS/r1.txt"
app_stop
ok1=0; count_check r1 "$RESULTS/r1.acked" | tee -a "$RESULTS/r1.txt" || ok1=1

log "run 2: $RATE letters/s for $SECONDS_RUN s, kill -9 of the application after $((SECONDS_RUN / 2)) s"
start_app
warm_up
load -Drun=r2 -Dfill-millis=1500 FormLoad post "$BASE" letter "$MAILBOX" "$RATE" \
  "$SECONDS_RUN" "$RESULTS/r2.acked" >"$RESULTS/r2.txt" &
LOAD=$!
sleep $((SECONDS_RUN / 2 + 2))
app_kill9
log "killed; the load generator keeps sending into the void until its time is up"
wait "$LOAD" || true
cat "$RESULTS/r2.txt"
start_app   # the application recovers its database on start
app_stop
ok2=0; count_check r2 "$RESULTS/r2.acked" | tee -a "$RESULTS/r2.txt" || ok2=1

echo "conditions: $(nproc) cores, $(java -version 2>&1 | head -1), -Xmx900m, H2 file database, machine ${before}% busy before"
log "kept in $RESULTS"
exit $((ok1 + ok2))
