#!/usr/bin/env bash
# What the service hall's guide pages add to the full rebuild (issue 14: at most 5 % per 1,000 items).
#
#   bench/guides.sh [ARTICLES] [ITEMS]     (defaults 100000 and 1000; run from anywhere)
#
# One corpus is imported and copied into two data dirs; B also gets ITEMS complete, online service items
# (bench/guides_jsonl.py -> `zhengwu import-services`). Each is rebuilt once to write its tree, then the two are
# rebuilt in turn (A B A B), each run timed with /usr/bin/time -v. Prints the wall and CPU seconds of every run, the
# guide pages each B run wrote, and the added share per 1,000 items. Logs in $ZW_BENCH_DIR/results/guides-*/.
#
# Environment: ZW_BENCH_DIR (/tmp/zw-bench), ZW_SHARED, ZW_JAR (target/zhengwu.jar), ZW_JAVA_OPTS (-Xmx900m),
#   ROUNDS (2), QUIET_WAIT, QUIET_PCT.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

ARTICLES=${1:-100000}
ITEMS=${2:-1000}
ROUNDS=${ROUNDS:-2}
[[ "$ARTICLES" =~ ^[1-9][0-9]*$ && "$ITEMS" =~ ^[1-9][0-9]*$ ]] || die "usage: bench/guides.sh [ARTICLES] [ITEMS]"
[[ -f "$ZW_JAR" ]] || die "$ZW_JAR not found (build it first: mvn -q package -DskipTests)"
ensure_packages time:/usr/bin/time
JAVA_OPTS=${ZW_JAVA_OPTS:--Xmx900m}
LOGDIR="$BENCH_DIR/results/guides-$ARTICLES-$ITEMS-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$LOGDIR"

CORPUS="$BENCH_DIR/corpus-$ARTICLES.jsonl"
if [[ ! -s "$CORPUS" ]]; then
  log "generating corpus: $ARTICLES articles -> $CORPUS"
  python3 "$ZW_SHARED/corpus/make_corpus.py" --articles "$ARTICLES" --out "$CORPUS.part"
  mv "$CORPUS.part" "$CORPUS"
fi
python3 "$ROOT/bench/guides_jsonl.py" "$CORPUS" "$ITEMS" "$LOGDIR/items.jsonl"

zw() { # DIR NAME ARGS... : one timed run of the application
  local dir=$1 name=$2; shift 2
  # shellcheck disable=SC2086 # JAVA_OPTS is a list of options
  /usr/bin/time -v -o "$LOGDIR/$name.time" java $JAVA_OPTS -jar "$ZW_JAR" "$@" "--zhengwu.data-dir=$dir" \
    >"$LOGDIR/$name.log" 2>&1 || { tail -n 30 "$LOGDIR/$name.log" >&2; die "$name failed (log: $LOGDIR/$name.log)"; }
}
cpu_s() { awk -F': ' '/User time|System time/ { s += $NF } END { printf "%.1f", s }' "$1"; }

# one import, copied: A and B hold the same articles (A is kept between runs once its import finished)
if [[ -f "$BENCH_DIR/guides-A/.imported-$ARTICLES" ]]; then
  log "A: reusing the import in $BENCH_DIR/guides-A"
else
  rm -rf "$BENCH_DIR/guides-A"
  mkdir -p "$BENCH_DIR/guides-A" && touch "$BENCH_DIR/guides-A/.zw-bench"
  log "A: import $CORPUS"
  zw "$BENCH_DIR/guides-A" import import "$CORPUS"
  touch "$BENCH_DIR/guides-A/.imported-$ARTICLES"
fi
if [[ -e "$BENCH_DIR/guides-B" ]]; then
  [[ -f "$BENCH_DIR/guides-B/.zw-bench" ]] || die "$BENCH_DIR/guides-B exists and was not made by bench/guides.sh"
  rm -rf "$BENCH_DIR/guides-B"
fi
cp -a "$BENCH_DIR/guides-A" "$BENCH_DIR/guides-B"
log "B: import-services $ITEMS items"
zw "$BENCH_DIR/guides-B" import-services import-services "$LOGDIR/items.jsonl"
grep -E '^import-services' "$LOGDIR/import-services.log" >&2
for side in A B; do
  log "$side: first rebuild (writes the tree)"
  zw "$BENCH_DIR/guides-$side" "first-$side" rebuild
done

FMT='%-6s %-2s %10s %8s %8s %10s  %s\n'
{
  echo "# guides in the full rebuild: $ARTICLES articles, $ITEMS service items, $(date -Iseconds), $(nproc) cores"
  printf "$FMT" round side pages "wall s" "cpu s" "guide pages" "conditions"
} | tee "$LOGDIR/table.txt"
for round in $(seq 1 "$ROUNDS"); do
  for side in A B; do
    COND=$(wait_for_quiet)
    before=$(cpu_jiffies)
    zw "$BENCH_DIR/guides-$side" "rebuild-$side-$round" rebuild
    read -r wall _ < <(time_report "$LOGDIR/rebuild-$side-$round.time")
    pages=$(sed -nE 's/^rebuild: ([0-9]+) pages \(zh-Hans\).*/\1/p' "$LOGDIR/rebuild-$side-$round.log" | tail -1)
    guides=$(sed -nE 's/.*section \/bsfw\/: ([0-9]+) pages.*/\1/p' "$LOGDIR/rebuild-$side-$round.log" | tail -1)
    printf "$FMT" "$round" "$side" "${pages:-?}" "$wall" "$(cpu_s "$LOGDIR/rebuild-$side-$round.time")" "${guides:-0}" \
      "$COND before, others $(others_pct "$before" "$(cpu_jiffies)" "$(own_jiffies "$LOGDIR/rebuild-$side-$round.time")")% during" \
      | tee -a "$LOGDIR/table.txt"
  done
done
awk -v items="$ITEMS" 'NR > 2 { w[$2] += $4; c[$2] += $5; n[$2]++ }
  END { wa = w["A"] / n["A"]; wb = w["B"] / n["B"]; ca = c["A"] / n["A"]; cb = c["B"] / n["B"];
        printf "mean wall A %.1f s, B %.1f s: +%.1f %% (%.1f %% per 1,000 items); cpu A %.1f s, B %.1f s: +%.1f %%\n",
          wa, wb, 100 * (wb - wa) / wa, 100 * (wb - wa) / wa * 1000 / items, ca, cb, 100 * (cb - ca) / ca }' \
  "$LOGDIR/table.txt" | tee -a "$LOGDIR/table.txt"
grep -hE 'section /bsfw/' "$LOGDIR"/rebuild-B-*.log | tee -a "$LOGDIR/table.txt" || true
log "logs and table: $LOGDIR"
