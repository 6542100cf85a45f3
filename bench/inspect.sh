#!/usr/bin/env bash
# Published-tree crawl benchmark: Zhengwu's link and typo crawl vs linkinator (npm) on the same published tree.
#
#   bench/inspect.sh [ARTICLES]           (default 100000; run from anywhere, usually the repo root)
#
# 1. The group: corpus (shared/corpus/make_corpus.py) -> `zhengwu import` -> `zhengwu rebuild` into
#    $ZW_BENCH_DIR/inspect-data (reused when a previous run of this script published the same size).
# 2. Planted faults: PLANT (20) broken internal links and PLANT broken images in item pages of site $SITE (dept000)
#    that its column lists link,
#    both scripts, each page's original kept and put back at the end.
# 3. Zhengwu: `zhengwu crawl` over the whole group (every page, both scripts, every link; typos of every page),
#    timed; then `zhengwu crawl $SITE`, timed.
# 4. linkinator (installed into $ZW_BENCH_DIR/linkinator, version $LINKINATOR_VERSION) against a local static server
#    (python3 -m http.server) on the same tree, starting at /$SITE/ and /zh-hant/$SITE/, recursing within the site, with the application's
#    dynamic addresses skipped as Zhengwu skips them; timed. Both must report every planted link; ratio printed.
#
# Environment: ZW_BENCH_DIR (/tmp/zw-bench), ZW_SHARED, ZW_JAR (target/zhengwu.jar), ZW_JAVA_OPTS (-Xmx900m),
#   SITE (dept000), PLANT (20), LINKINATOR_VERSION (6.1.2: the last line that runs on Node 20), QUIET_WAIT, QUIET_PCT.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

ARTICLES=${1:-100000}
[[ "$ARTICLES" =~ ^[1-9][0-9]*$ ]] || die "ARTICLES must be a positive integer, got '$ARTICLES'"
SITE=${SITE:-dept000}
PLANT=${PLANT:-20}
LINKINATOR_VERSION=${LINKINATOR_VERSION:-6.1.2}
JAVA_OPTS=${ZW_JAVA_OPTS:--Xmx900m}
[[ -f "$ZW_JAR" ]] || die "$ZW_JAR not found (build it first: mvn -q package -DskipTests, from the repo root)"
ensure_packages time:/usr/bin/time nodejs:node npm:npm curl:curl

mkdir -p "$BENCH_DIR/results"
LOGDIR="$BENCH_DIR/results/inspect-$ARTICLES-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$LOGDIR"
DATA="$BENCH_DIR/inspect-data"
PUBLIC="$DATA/public"

# ---------- the published group (reused when this script published it before)
if [[ -f "$DATA/.published-$ARTICLES" ]]; then
  log "reusing the published group in $DATA"
else
  CORPUS="$BENCH_DIR/corpus-$ARTICLES.jsonl"
  if [[ ! -s "$CORPUS" ]]; then
    log "generating corpus: $ARTICLES articles -> $CORPUS"
    python3 "$ZW_SHARED/corpus/make_corpus.py" --articles "$ARTICLES" --out "$CORPUS.part"
    mv "$CORPUS.part" "$CORPUS"
  fi
  if [[ -e "$DATA" ]]; then
    [[ -f "$DATA/.zw-bench" ]] || die "$DATA exists and was not made by bench/inspect.sh; remove it"
    rm -rf "$DATA"
  fi
  mkdir -p "$DATA" && touch "$DATA/.zw-bench"
  for step in import rebuild; do
    args=("$step"); [[ $step == import ]] && args+=("$CORPUS")
    log "zhengwu $step"
    # shellcheck disable=SC2086
    java $JAVA_OPTS -jar "$ZW_JAR" "${args[@]}" "--zhengwu.data-dir=$DATA" >"$LOGDIR/zhengwu-$step.log" 2>&1 \
      || { tail -n 30 "$LOGDIR/zhengwu-$step.log" >&2; die "zhengwu $step failed"; }
  done
  touch "$DATA/.published-$ARTICLES"
fi
PAGES=$(find "$PUBLIC" -name '*.html' | wc -l)
log "published tree: $PAGES HTML pages (both scripts) in $PUBLIC"

# ---------- plant broken links and images (originals put back on exit)
# item pages a link crawler reaches: those the site's column lists link (some columns' items are linked nowhere; the
# crawl reads them as files, linkinator cannot find them)
mapfile -t TARGETS < <(grep -ohE "href=\"/$SITE/[a-z]+/[0-9]+\.html\"" "$PUBLIC/$SITE"/*/index.html | sort -u \
  | sed -E "s|href=\"/(.*)\"|$PUBLIC/\1|" | head -n "$PLANT")
((${#TARGETS[@]} == PLANT)) || die "site $SITE has fewer than $PLANT item pages"
restore() { for f in "${TARGETS[@]}"; do for g in "$f" "${f/$PUBLIC\//$PUBLIC/zh-hant/}"; do [[ -f "$g.bench-orig" ]] && mv -f "$g.bench-orig" "$g"; done; done; }
trap restore EXIT
: >"$LOGDIR/planted.txt"
n=0
for f in "${TARGETS[@]}"; do
  n=$((n + 1))
  for g in "$f" "${f/$PUBLIC\//$PUBLIC/zh-hant/}"; do
    cp -p "$g" "$g.bench-orig"
    link="/$SITE/news/9900000$n.html"; img="/uploads/bench-planted/missing-$n.png"
    sed -i "s|</main>|<p><a href=\"$link\">planted</a><img src=\"$img\" alt=\"planted\"></p></main>|" "$g"
    echo "${g#"$PUBLIC"} $link" >>"$LOGDIR/planted.txt"
    echo "${g#"$PUBLIC"} $img" >>"$LOGDIR/planted.txt"
  done
done
PLANTED=$(sort -u -k2 "$LOGDIR/planted.txt" | awk '{print $2}' | sort -u | wc -l)
log "planted $PLANTED distinct broken links and images in $((2 * PLANT)) pages of $SITE (both scripts)"

declare -A WALL NOTE FOUND
run_zw() { # key, args...
  local key=$1; shift
  COND=$(wait_for_quiet)
  before=$(cpu_jiffies)
  # shellcheck disable=SC2086
  /usr/bin/time -v -o "$LOGDIR/$key.time" java $JAVA_OPTS -jar "$ZW_JAR" crawl "$@" "--zhengwu.data-dir=$DATA" \
    "--zhengwu.supervision.crawl.external-links=false" >"$LOGDIR/$key.log" 2>&1 \
    || { tail -n 30 "$LOGDIR/$key.log" >&2; die "zhengwu crawl failed"; }
  line=$(grep -E '^crawl: ' "$LOGDIR/$key.log" | tail -1)
  WALL[$key]=$(sed -E 's/.* in ([0-9.]+) s$/\1/' <<<"$line")
  read -r jvm_wall _ < <(time_report "$LOGDIR/$key.time")
  NOTE[$key]="$line; process incl. start-up ${jvm_wall} s; $COND before, others $(others_pct "$before" "$(cpu_jiffies)" "$(own_jiffies "$LOGDIR/$key.time")")% during"
  log "zhengwu $key: $line"
}
run_zw zw-group
run_zw zw-site "$SITE"
# every planted address on every page that carries it: 2 per page, both scripts
FOUND[zw-site]=$(sed -nE 's/^crawl: .*, ([0-9]+) broken,.*/\1/p' "$LOGDIR/zw-site.log" | tail -1)
ZW_MISSED=$((4 * PLANT - ${FOUND[zw-site]:-0}))

# ---------- linkinator on the same tree
LK="$BENCH_DIR/linkinator/node_modules/.bin/linkinator"
if [[ ! -x "$LK" ]] || [[ "$("$LK" --version 2>/dev/null)" != "$LINKINATOR_VERSION" ]]; then
  log "installing linkinator $LINKINATOR_VERSION into $BENCH_DIR/linkinator"
  mkdir -p "$BENCH_DIR/linkinator"
  npm install --no-audit --no-fund --prefix "$BENCH_DIR/linkinator" "linkinator@$LINKINATOR_VERSION" >"$LOGDIR/npm.log" 2>&1
fi
# a static server on the same tree (python's, threaded), stopped on exit
PORT=${LINKINATOR_PORT:-8097}
(cd "$PUBLIC" && exec python3 -m http.server "$PORT" --bind 127.0.0.1 >"$LOGDIR/static-server.log" 2>&1) &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null || true; restore' EXIT
for _ in $(seq 1 50); do curl -sf -o /dev/null "http://127.0.0.1:$PORT/$SITE/" && break; sleep 0.2; done
COND=$(wait_for_quiet)
before=$(cpu_jiffies)
# recurse within the site (both scripts); skip what Zhengwu does not judge as files (the application's dynamic
# addresses), other sites of the group (Zhengwu's site crawl checks links to them; linkinator would crawl them) and
# other hosts
BASE="http://127.0.0.1:$PORT"
/usr/bin/time -v -o "$LOGDIR/linkinator.time" "$LK" "$BASE/$SITE/" "$BASE/zh-hant/$SITE/" --recurse --format CSV \
  --concurrency 100 --timeout 10000 \
  --skip '^https?://(?!127[.]0[.]0[.]1)' \
  --skip "^$BASE/(?!(zh-hant/)?($SITE|uploads|assets)/)" \
  --skip '/(zh-hant/)?(search|hdjl|_zw|admin|api|open311)(/|[?]|$)' \
  --skip '/(zh-hant/)?bsfw/(query|apply|stats|handled)' >"$LOGDIR/linkinator.csv" 2>"$LOGDIR/linkinator.err" || true
read -r "WALL[linkinator]" _ < <(time_report "$LOGDIR/linkinator.time")
NOTE[linkinator]="$(($(wc -l <"$LOGDIR/linkinator.csv") - 1)) links listed; $COND before, others $(others_pct "$before" "$(cpu_jiffies)" "$(own_jiffies "$LOGDIR/linkinator.time")")% during"
{ grep -E ',BROKEN,' "$LOGDIR/linkinator.csv" || true; } | cut -d, -f1 | tr -d '"' | sed -E 's|^https?://[^/]+||' | sort -u >"$LOGDIR/linkinator-broken.txt"
FOUND[linkinator]=$(wc -l <"$LOGDIR/linkinator-broken.txt")
missed=0
while read -r want; do
  grep -qF -- "$want" "$LOGDIR/linkinator-broken.txt" || { missed=$((missed + 1)); echo "linkinator missed: $want" >&2; }
done < <(awk '{print $2}' "$LOGDIR/planted.txt" | sort -u)

FMT='%-34s %10s %10s  %s\n'
{
  echo "# inspect benchmark: $ARTICLES articles, $PAGES HTML pages, $(date -Iseconds), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
  printf "$FMT" run "wall s" "broken" note
  printf "$FMT" "zhengwu crawl (whole group)" "${WALL[zw-group]}" "-" "${NOTE[zw-group]}"
  printf "$FMT" "zhengwu crawl $SITE" "${WALL[zw-site]}" "${FOUND[zw-site]:--}" "broken (page, link) pairs, $((4 * PLANT)) planted, short by $ZW_MISSED; ${NOTE[zw-site]}"
  printf "$FMT" "linkinator $LINKINATOR_VERSION ($SITE)" "${WALL[linkinator]}" "${FOUND[linkinator]}" "distinct URLs; planted missed: $missed; ${NOTE[linkinator]}"
  printf 'planted: %s distinct broken addresses in %s pages; linkinator/zhengwu wall on %s: %s\n' "$PLANTED" "$((2 * PLANT))" "$SITE" \
    "$(ratio "${WALL[linkinator]}" "${WALL[zw-site]}")"
} | tee "$LOGDIR/table.txt"
log "logs and table: $LOGDIR"
