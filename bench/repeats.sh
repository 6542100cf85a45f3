#!/usr/bin/env bash
# Petitions' repeat detection: candidates(p, 10) p50/p95 and recall over 200,000 past petitions made of the corpus's
# clauses, for 500 re-told repeats (half in traditional script), against a plain SQL LIKE search over the same texts
# in clear, timed in the same run (ratio of p95s). Runs the JUnit class RepeatsBench (excluded from the suite unless
# -Dzhengwu.bench.repeats=true) on H2.
set -euo pipefail
source "$(dirname "$0")/common.sh"
cd "$ROOT"

RESULTS="$BENCH_DIR/results/repeats-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$RESULTS"
PAST=${REPEATS_PAST:-200000}
QUERIES=${REPEATS_QUERIES:-500}

log "compiling (mvn test-compile)"
mvn -B -q test-compile -Dzhengwu.test.postgres.skip=true >"$RESULTS/build.log" 2>&1 || { tail -30 "$RESULTS/build.log"; die "build failed"; }

before=$(uptime)
log "machine before: $before; measuring ($PAST past petitions, $QUERIES queries)"
read -r busy0 total0 < <(cpu_jiffies)
mvn -B -q -o surefire:test -Dtest='RepeatsBench' -Dsurefire.failIfNoSpecifiedTests=false \
  -Dzhengwu.test.postgres.skip=true -Dzhengwu.bench.repeats=true \
  -Dzhengwu.bench.past="$PAST" -Dzhengwu.bench.queries="$QUERIES" -Dzhengwu.bench.seeds="$ZW_SHARED/corpus/seeds" \
  -Dzhengwu.bench.out="$RESULTS/repeats.txt" >"$RESULTS/mvn.log" 2>&1 || { tail -40 "$RESULTS/mvn.log"; die "benchmark failed"; }
read -r busy1 total1 < <(cpu_jiffies)

[[ -s "$RESULTS/repeats.txt" ]] || die "no figures written (see $RESULTS/mvn.log)"
{
  cat "$RESULTS/repeats.txt"
  echo "conditions: $(nproc) cores, $(java -version 2>&1 | head -1), uptime before the run: $before;" \
    "whole machine $(awk -v b=$((busy1 - busy0)) -v t=$((total1 - total0)) 'BEGIN { printf "%.0f", (t > 0 ? 100 * b / t : 0) }')% busy during it (Maven and the JVM included)"
} | tee "$RESULTS/summary.txt"
log "kept in $RESULTS"
