#!/usr/bin/env bash
# Working-day deadlines: WorkingDayCalendar.addWorkingDays over a 10-year holiday calendar (n in 1..60, random
# starts) against a day-by-day loop over HashSet<LocalDate>, in one run. Runs the JUnit class CalendarBench (excluded
# from the suite unless -Dzhengwu.bench.calendar=true); plain Java, needs no database, no built jar and no data.
set -euo pipefail
source "$(dirname "$0")/common.sh"
cd "$ROOT"

RESULTS="$BENCH_DIR/results/calendar-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$RESULTS"
CALLS=${CALENDAR_CALLS:-2000000}
ROUNDS=${CALENDAR_ROUNDS:-5}

log "compiling (mvn test-compile)"
mvn -B -q test-compile -Dzhengwu.test.postgres.skip=true >"$RESULTS/build.log" 2>&1 || { tail -30 "$RESULTS/build.log"; die "build failed"; }

before=$(wait_for_quiet)
log "machine before: $before; measuring ($CALLS calls, best of $ROUNDS rounds)"
read -r busy0 total0 < <(cpu_jiffies)
mvn -B -q -o surefire:test -Dtest='CalendarBench' -Dsurefire.failIfNoSpecifiedTests=false \
  -Dzhengwu.test.postgres.skip=true -Dzhengwu.bench.calendar=true \
  -Dzhengwu.bench.calls="$CALLS" -Dzhengwu.bench.rounds="$ROUNDS" \
  -Dzhengwu.bench.out="$RESULTS/calendar.txt" >"$RESULTS/mvn.log" 2>&1 || { tail -40 "$RESULTS/mvn.log"; die "benchmark failed"; }
read -r busy1 total1 < <(cpu_jiffies)

[[ -s "$RESULTS/calendar.txt" ]] || die "no figures written (see $RESULTS/mvn.log)"
{
  cat "$RESULTS/calendar.txt"
  echo "conditions: $(nproc) cores, $(java -version 2>&1 | head -1), machine $before before the run," \
    "whole machine $(awk -v b=$((busy1 - busy0)) -v t=$((total1 - total0)) 'BEGIN { printf "%.0f", (t > 0 ? 100 * b / t : 0) }')% busy during it (Maven and the JVM included)"
} | tee "$RESULTS/summary.txt"
log "kept in $RESULTS"
