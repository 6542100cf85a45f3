#!/usr/bin/env bash
# Content checks: one 20,000-character item of real government text against a 50,000-word list. Measures the whole
# ContentChecks.check and the word matching alone (Aho-Corasick) against a java.util.regex alternation of the same
# words and indexOf per word, on the same folded text, in one run. Runs the JUnit class ChecksBench (excluded from
# the suite unless -Dzhengwu.bench.checks=true) on the test's in-memory H2; needs no built jar and no data.
set -euo pipefail
source "$(dirname "$0")/common.sh"
cd "$ROOT"

RESULTS="$BENCH_DIR/results/checks-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$RESULTS"
RUNS=${CHECKS_RUNS:-300}
ALT_RUNS=${CHECKS_ALT_RUNS:-7}

log "compiling (mvn test-compile)"
mvn -B -q test-compile -Dzhengwu.test.postgres.skip=true >"$RESULTS/build.log" 2>&1 || { tail -30 "$RESULTS/build.log"; die "build failed"; }

before=$(wait_for_quiet)
log "machine before: $before; measuring ($RUNS runs, $ALT_RUNS for the alternatives)"
read -r busy0 total0 < <(cpu_jiffies)
mvn -B -q -o surefire:test -Dtest='ChecksBench' -Dsurefire.failIfNoSpecifiedTests=false \
  -Dzhengwu.test.postgres.skip=true -Dzhengwu.bench.checks=true -Dzhengwu.bench.seeds="$ZW_SHARED/corpus/seeds" \
  -Dzhengwu.bench.runs="$RUNS" -Dzhengwu.bench.alternative-runs="$ALT_RUNS" \
  -Dzhengwu.bench.out="$RESULTS/checks.txt" >"$RESULTS/mvn.log" 2>&1 || { tail -40 "$RESULTS/mvn.log"; die "benchmark failed"; }
read -r busy1 total1 < <(cpu_jiffies)

[[ -s "$RESULTS/checks.txt" ]] || die "no figures written (see $RESULTS/mvn.log)"
{
  cat "$RESULTS/checks.txt"
  echo "conditions: $(nproc) cores, $(java -version 2>&1 | head -1), machine $before before the run," \
    "whole machine $(awk -v b=$((busy1 - busy0)) -v t=$((total1 - total0)) 'BEGIN { printf "%.0f", (t > 0 ? 100 * b / t : 0) }')% busy during it (Maven and the JVM included)"
} | tee "$RESULTS/summary.txt"
log "kept in $RESULTS"
