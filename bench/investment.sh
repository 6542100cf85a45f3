#!/usr/bin/env bash
# Investment pipeline: the import of a 10,000-row project ledger (.xlsx, read, checked row by row, stored in one
# transaction) against Apache POI's plain streaming read of the same rows (SAX over the sheet, every cell as text) as
# a ratio of medians; the dashboard's queries p95 with 5,000 projects of 137 units and 12 months each; and the export
# of the unit ranking of each month of that year against POI's plain streaming write (SXSSFWorkbook). Runs the
# JUnit class InvestmentBench (excluded from the suite unless -Dzhengwu.bench.investment=true) on H2.
set -euo pipefail
source "$(dirname "$0")/common.sh"
cd "$ROOT"

RESULTS="$BENCH_DIR/results/investment-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$RESULTS"
ROWS=${INVESTMENT_ROWS:-10000}
ROUNDS=${INVESTMENT_ROUNDS:-3}
BOARDS=${INVESTMENT_BOARDS:-200}
EXPORTS=${INVESTMENT_EXPORTS:-15}

log "compiling (mvn test-compile)"
mvn -B -q test-compile -Dzhengwu.test.postgres.skip=true >"$RESULTS/build.log" 2>&1 || { tail -30 "$RESULTS/build.log"; die "build failed"; }

before=$(wait_for_quiet)
log "machine before: $before; measuring ($ROWS rows, $ROUNDS rounds, $BOARDS boards, $EXPORTS export rounds)"
read -r busy0 total0 < <(cpu_jiffies)
mvn -B -q -o surefire:test -Dtest='InvestmentBench' -Dsurefire.failIfNoSpecifiedTests=false \
  -Dzhengwu.test.postgres.skip=true -Dzhengwu.bench.investment=true \
  -Dzhengwu.bench.rows="$ROWS" -Dzhengwu.bench.rounds="$ROUNDS" -Dzhengwu.bench.boards="$BOARDS" -Dzhengwu.bench.exports="$EXPORTS" \
  -Dzhengwu.bench.out="$RESULTS/investment.txt" >"$RESULTS/mvn.log" 2>&1 || { tail -40 "$RESULTS/mvn.log"; die "benchmark failed"; }
read -r busy1 total1 < <(cpu_jiffies)

[[ -s "$RESULTS/investment.txt" ]] || die "no figures written (see $RESULTS/mvn.log)"
{
  cat "$RESULTS/investment.txt"
  echo "conditions: $(nproc) cores, $(java -version 2>&1 | head -1), machine $before before the run," \
    "whole machine $(awk -v b=$((busy1 - busy0)) -v t=$((total1 - total0)) 'BEGIN { printf "%.0f", (t > 0 ? 100 * b / t : 0) }')% busy during it (Maven and the JVM included)"
} | tee "$RESULTS/summary.txt"
log "kept in $RESULTS"
