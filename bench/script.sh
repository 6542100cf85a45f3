#!/usr/bin/env bash
# Script conversion: the traditional-script mirror's converter against OpenCC 1.1.6 itself (Debian's `opencc`
# command, used only here as the reference), before (HanLP's s2t) and after (Zhengwu's OpenCC port with its
# corrections, each zhengwu.script.variant), per simplified seed text; and the speed of each converter.
# Runs the JUnit class ScriptBench (excluded from the suite unless -Dzhengwu.bench.script=true); needs no jar, no data.
set -euo pipefail
source "$(dirname "$0")/common.sh"
cd "$ROOT"

RESULTS="$BENCH_DIR/results/script-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$RESULTS"
SEEDS="$ZW_SHARED/corpus/seeds"
FILES=${SCRIPT_FILES:-002,003,004}

ensure_packages opencc:opencc python3:python3
opencc --version 2>&1 | grep -q '1\.1\.6' || log "warning: the reference is not OpenCC 1.1.6: $(opencc --version 2>&1 | head -1)"

log "compiling (mvn test-compile)"
mvn -B -q test-compile -Dzhengwu.test.postgres.skip=true >"$RESULTS/build.log" 2>&1 || { tail -30 "$RESULTS/build.log"; die "build failed"; }

before=$(wait_for_quiet)
log "machine before: $before; converting and measuring"
mvn -B -q -o surefire:test -Dtest='ScriptBench' -Dsurefire.failIfNoSpecifiedTests=false \
  -Dzhengwu.test.postgres.skip=true -Dzhengwu.bench.script=true -Dzhengwu.bench.seeds="$SEEDS" \
  -Dzhengwu.bench.script.files="$FILES" -Dzhengwu.bench.out="$RESULTS" >"$RESULTS/mvn.log" 2>&1 \
  || { tail -40 "$RESULTS/mvn.log"; die "benchmark failed"; }

for prefix in ${FILES//,/ }; do
  seed=$(ls "$SEEDS/$prefix"_*.txt)
  for config in s2t s2tw s2twp s2hk; do
    opencc -c "$config" -i "$seed" -o "$RESULTS/$prefix.opencc-$config"
  done
done

{
  python3 "$ROOT/bench/script_agreement.py" "$RESULTS" "${FILES//,/ }"
  echo
  echo "speed (chars per CPU second; hanlp, tw, twp, hk, t convert to traditional, the t2s lines fold the tw output back):"
  cat "$RESULTS/speed.txt"
  echo "conditions: $(nproc) cores, $(java -version 2>&1 | head -1), machine $before before the run"
} | tee "$RESULTS/summary.txt"
log "kept in $RESULTS"
