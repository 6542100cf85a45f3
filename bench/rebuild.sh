#!/usr/bin/env bash
# Full-rebuild benchmark: Hugo vs Zhengwu on the same generated site group.
#
#   bench/rebuild.sh [ARTICLES]          (default 100000; run from anywhere, usually the repo root)
#
# Hugo side:    corpus -> Hugo site (shared/bench/hugo_site.py) -> `hugo --quiet`, timed with /usr/bin/time -v.
# Zhengwu side: `java -Xmx900m -jar target/zhengwu.jar import CORPUS`, then `... rebuild` (both scripts), then
#   `... rebuild zh-Hans` (the simplified tree alone: the same work as Hugo's one tree), each timed the same way.
# Both sides page their lists by 20 (equal work by default; HUGO_PAGINATE=N changes Hugo's side).
# Prints a table (tool, pages, wall s, peak RSS MB, ratio zhengwu/hugo) and keeps it in $ZW_BENCH_DIR/results/.
#
# Environment: ZW_BENCH_DIR (/tmp/zw-bench), ZW_SHARED (../shared), ZW_JAR (target/zhengwu.jar),
#   ZW_DATA_DIR ($ZW_BENCH_DIR/zw-data), ZW_JAVA_OPTS (-Xmx900m), SKIP_HUGO=1, SKIP_ZHENGWU=1,
#   SKIP_ONE_SCRIPT=1 (no simplified-only rebuild), QUIET_WAIT (300 s to wait for other work on the machine to
#   stop), QUIET_PCT (10), HUGO_PAGINATE=N (Hugo's list page size, default 20 like Zhengwu's; Hugo < 0.128 ignores
#   hugo_site.py's pagerSize, so the old-style key is written).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

ARTICLES=${1:-100000}
[[ "$ARTICLES" =~ ^[1-9][0-9]*$ ]] || die "ARTICLES must be a positive integer, got '$ARTICLES'"

ensure_packages hugo:hugo nginx:nginx wrk:wrk time:/usr/bin/time
mkdir -p "$BENCH_DIR/results"
STAMP=$(date +%Y%m%d-%H%M%S)
LOGDIR="$BENCH_DIR/results/rebuild-$ARTICLES-$STAMP"
mkdir -p "$LOGDIR"

# ---------- corpus (reused when present; written to a temp name first so a cut-short run never leaves half a file)
CORPUS="$BENCH_DIR/corpus-$ARTICLES.jsonl"
if [[ -s "$CORPUS" ]]; then
  log "reusing corpus $CORPUS"
else
  log "generating corpus: $ARTICLES articles -> $CORPUS"
  python3 "$ZW_SHARED/corpus/make_corpus.py" --articles "$ARTICLES" --out "$CORPUS.part"
  mv "$CORPUS.part" "$CORPUS"
fi

declare -A PAGES WALL RSS NOTE

# ---------- Hugo
if [[ "${SKIP_HUGO:-0}" == 1 ]]; then
  log "hugo: skipped (SKIP_HUGO=1)"
else
  HUGO_DIR="$BENCH_DIR/hugo-$ARTICLES"
  SITE="$HUGO_DIR/site"
  if [[ -f "$SITE/.complete" && "$SITE/.complete" -nt "$CORPUS" ]]; then
    log "reusing Hugo site $SITE"
  else
    log "writing Hugo site -> $SITE"
    rm -rf "$SITE" "$SITE.part"
    mkdir -p "$HUGO_DIR"
    python3 "$ZW_SHARED/bench/hugo_site.py" "$CORPUS" "$SITE.part"
    mv "$SITE.part" "$SITE"
    touch "$SITE/.complete"
  fi
  # hugo_site.py configures [pagination] pagerSize = 20, a Hugo >= 0.128 setting; older Hugo (Debian 12 ships
  # 0.111) ignores it and pages lists by 10. The old-style key is written too, so both sides page by 20 (Zhengwu's
  # list size) unless HUGO_PAGINATE says otherwise.
  HUGO_VERSION=$(hugo version | grep -oE 'v[0-9]+\.[0-9]+\.[0-9]+' | head -1)
  HUGO_PAGINATE=${HUGO_PAGINATE:-20}
  sed -i '/^paginate = /d' "$SITE/hugo.toml"
  if [[ "$(printf '%s\n' "${HUGO_VERSION#v}" 0.128.0 | sort -V | head -1)" != 0.128.0 ]]; then
    sed -i "1i paginate = $HUGO_PAGINATE" "$SITE/hugo.toml"
  else
    sed -i "s/^\( *pagerSize *= *\).*/\1$HUGO_PAGINATE/" "$SITE/hugo.toml"
  fi
  NOTE[hugo]="lists paged by $HUGO_PAGINATE"
  OUT="$HUGO_DIR/public"
  rm -rf "$OUT" "$SITE/resources"
  sync
  COND=$(wait_for_quiet)
  log "hugo $HUGO_VERSION: building $SITE -> $OUT"
  before=$(cpu_jiffies)
  /usr/bin/time -v -o "$LOGDIR/hugo.time" hugo --quiet -s "$SITE" -d "$OUT" >"$LOGDIR/hugo.log" 2>&1 \
    || { cat "$LOGDIR/hugo.log" >&2; die "hugo failed (log: $LOGDIR/hugo.log)"; }
  read -r "WALL[hugo]" "RSS[hugo]" < <(time_report "$LOGDIR/hugo.time")
  COND="$COND before, others $(others_pct "$before" "$(cpu_jiffies)" "$(own_jiffies "$LOGDIR/hugo.time")")% during"
  # Every HTML file written: Hugo's pages + paginator pages + the page/1/ alias redirects (as in corpus/README.md).
  PAGES[hugo]=$(find "$OUT" -name '*.html' | wc -l)
  NOTE[hugo]="${NOTE[hugo]:+${NOTE[hugo]}; }$(find "$OUT" -path '*/page/1/index.html' | wc -l) of them page/1 redirects; $COND"
  log "hugo: ${PAGES[hugo]} pages, ${WALL[hugo]} s, ${RSS[hugo]} MB peak"
fi

# ---------- Zhengwu
ZW_STATUS=""
JAVA_OPTS=${ZW_JAVA_OPTS:--Xmx900m}
if [[ "${SKIP_ZHENGWU:-0}" == 1 ]]; then
  ZW_STATUS="skipped (SKIP_ZHENGWU=1)"
elif [[ ! -f "$ZW_JAR" ]]; then
  ZW_STATUS="skipped: $ZW_JAR not found (build it first: mvn -q package, from the repo root)"
else
  # The data dir is wiped before the import; only ever wipe one this script created.
  if [[ -e "$ZW_DATA_DIR" ]]; then
    [[ -f "$ZW_DATA_DIR/.zw-bench" ]] || die "$ZW_DATA_DIR exists and was not made by bench/rebuild.sh; remove it or set ZW_DATA_DIR"
    rm -rf "$ZW_DATA_DIR"
  fi
  mkdir -p "$ZW_DATA_DIR" && touch "$ZW_DATA_DIR/.zw-bench"
  sync
  # shellcheck disable=SC2086 # JAVA_OPTS is a list of options
  steps=(import rebuild); [[ "${SKIP_ONE_SCRIPT:-0}" == 1 ]] || steps+=(rebuild-hans)
  for step in "${steps[@]}"; do
    case $step in
      import) args=(import "$CORPUS") ;;
      rebuild) args=(rebuild) ;;
      rebuild-hans) args=(rebuild zh-Hans) ;;
    esac
    COND=$(wait_for_quiet)
    log "zhengwu $step (data dir $ZW_DATA_DIR)"
    before=$(cpu_jiffies)
    if ! /usr/bin/time -v -o "$LOGDIR/zhengwu-$step.time" \
        java $JAVA_OPTS -jar "$ZW_JAR" "${args[@]}" "--zhengwu.data-dir=$ZW_DATA_DIR" >"$LOGDIR/zhengwu-$step.log" 2>&1; then
      tail -n 30 "$LOGDIR/zhengwu-$step.log" >&2
      die "zhengwu $step failed (log: $LOGDIR/zhengwu-$step.log)"
    fi
    read -r "WALL[zw-$step]" "RSS[zw-$step]" < <(time_report "$LOGDIR/zhengwu-$step.time")
    NOTE[zw-$step]="$COND before, others $(others_pct "$before" "$(cpu_jiffies)" "$(own_jiffies "$LOGDIR/zhengwu-$step.time")")% during"
  done
  PAGES[zw-import]=$(grep -oE '^import: [0-9]+' "$LOGDIR/zhengwu-import.log" | grep -oE '[0-9]+' | tail -1 || true)
  # rebuild: 111719 pages (zh-Hans) + 111719 pages (zh-Hant) in 25.3 s
  summary=$(grep -E '^rebuild: [0-9]+ pages' "$LOGDIR/zhengwu-rebuild.log" | tail -1 || true)
  if [[ -n "$summary" ]]; then
    log "zhengwu: $summary"
    # rebuild time by script: zh-Hans 20.1 s, zh-Hant 22.3 s (render, convert and write, summed over threads)
    scripts=$(grep -E '^rebuild time by script:' "$LOGDIR/zhengwu-rebuild.log" | tail -1 || true)
    [[ -n "$scripts" ]] && log "zhengwu: $scripts"
    PAGES[zw-rebuild]=$(sed -E 's/^rebuild: ([0-9]+) pages \(zh-Hans\).*/\1/' <<<"$summary")
    hant=$(sed -nE 's/.*\+ ([0-9]+) pages \(zh-Hant\).*/\1/p' <<<"$summary")
    NOTE[zw-rebuild]="${NOTE[zw-rebuild]}; + ${hant:-?} zh-Hant pages; files in $ZW_DATA_DIR/public: $(find "$ZW_DATA_DIR/public" -type f -name '*.html' 2>/dev/null | wc -l)"
  else
    NOTE[zw-rebuild]="${NOTE[zw-rebuild]}; no 'rebuild: N pages' summary line in $LOGDIR/zhengwu-rebuild.log"
  fi
  if [[ -n "${WALL[zw-rebuild-hans]:-}" ]]; then
    PAGES[zw-rebuild-hans]=$(grep -E '^rebuild: [0-9]+ pages' "$LOGDIR/zhengwu-rebuild-hans.log" | tail -1 \
      | sed -E 's/^rebuild: ([0-9]+) pages.*/\1/' || true)
    NOTE[zw-rebuild-hans]="${NOTE[zw-rebuild-hans]}; the simplified tree alone, like Hugo's one tree"
  fi
fi

# ---------- table
if [[ -n "${WALL[zw-import]:-}" && -n "${WALL[zw-rebuild]:-}" ]]; then
  WALL[zw-total]=$(awk -v a="${WALL[zw-import]}" -v b="${WALL[zw-rebuild]}" 'BEGIN { printf "%.1f", a + b }')
  RSS[zw-total]=$(awk -v a="${RSS[zw-import]}" -v b="${RSS[zw-rebuild]}" 'BEGIN { print (a > b ? a : b) }')
  PAGES[zw-total]=${PAGES[zw-rebuild]:-}
fi
FMT='%-24s %9s %8s %12s %10s %10s  %s\n'
row() { # key label [why-missing]
  local k=$1
  if [[ -z "${WALL[$k]:-}" ]]; then
    printf "$FMT" "$2" - - - - - "${3:-not measured}"
  else
    printf "$FMT" "$2" "${PAGES[$k]:--}" "${WALL[$k]}" "${RSS[$k]}" \
      "$(ratio "${WALL[$k]}" "${WALL[hugo]:-}")" "$(ratio "${RSS[$k]}" "${RSS[hugo]:-}")" "${NOTE[$k]:-}"
  fi
}
{
  echo "# rebuild benchmark: $ARTICLES articles, $(date -Iseconds), $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo) RAM"
  printf "$FMT" tool pages "wall s" "peak RSS MB" "wall/hugo" "RSS/hugo" note
  row hugo "hugo ${HUGO_VERSION:-}" "skipped"
  row zw-import "zhengwu import" "${ZW_STATUS:-}"
  row zw-rebuild "zhengwu rebuild" "${ZW_STATUS:-}"
  row zw-rebuild-hans "zhengwu rebuild zh-Hans" "${ZW_STATUS:-skipped (SKIP_ONE_SCRIPT=1)}"
  row zw-total "zhengwu import+rebuild" "${ZW_STATUS:-}"
} | tee "$LOGDIR/table.txt"
if [[ -n "$ZW_STATUS" ]]; then echo "zhengwu: $ZW_STATUS" >&2; fi
log "logs and table: $LOGDIR"
