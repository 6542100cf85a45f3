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
# 4. linkinator (installed into $ZW_BENCH_DIR/linkinator, version $LINKINATOR_VERSION) against nginx serving the
#    same tree, starting at /$SITE/ and /zh-hant/$SITE/, recursing within the site, with the application's
#    dynamic addresses skipped as Zhengwu skips them; timed. Both must report every planted link; ratio printed.
#
# Environment: ZW_BENCH_DIR (/tmp/zw-bench), ZW_SHARED, ZW_JAR (target/zhengwu.jar), ZW_JAVA_OPTS (-Xmx900m),
#   SITE (dept000), PLANT (20),
#   ROUNDS (3: Zhengwu crawls the site that often in one process; the first is the cold figure, the fastest later one
#   the running application's), SKIP_GROUP (set: no whole-group crawl), INSPECT_DATA (an already published data
#   directory to use as it is), LINKINATOR_VERSION (6.1.2: the last line that runs on Node 20), QUIET_WAIT, QUIET_PCT.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

ARTICLES=${1:-100000}
[[ "$ARTICLES" =~ ^[1-9][0-9]*$ ]] || die "ARTICLES must be a positive integer, got '$ARTICLES'"
SITE=${SITE:-dept000}
ROUNDS=${ROUNDS:-3}
PREFIX="/$SITE" # every site's pages lie below its code (and below zh-hant/ for the other script)
PLANT=${PLANT:-20}
LINKINATOR_VERSION=${LINKINATOR_VERSION:-6.1.2}
JAVA_OPTS=${ZW_JAVA_OPTS:--Xmx900m}
[[ -f "$ZW_JAR" ]] || die "$ZW_JAR not found (build it first: mvn -q package -DskipTests, from the repo root)"
ensure_packages time:/usr/bin/time nodejs:node npm:npm curl:curl nginx:nginx

mkdir -p "$BENCH_DIR/results"
LOGDIR="$BENCH_DIR/results/inspect-$ARTICLES-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$LOGDIR"
DATA=${INSPECT_DATA:-$BENCH_DIR/inspect-data}
PUBLIC="$DATA/public"

# ---------- the published group (reused when this script published it before, or given as INSPECT_DATA)
if [[ -n "${INSPECT_DATA:-}" ]]; then
  [[ -d "$PUBLIC" ]] || die "INSPECT_DATA=$INSPECT_DATA has no published tree (public/)"
  log "using the published group in $DATA as it is (INSPECT_DATA)"
elif [[ -f "$DATA/.published-$ARTICLES" ]]; then
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
mapfile -t TARGETS < <(grep -ohE "href=\"$PREFIX/[a-z]+/[0-9]+\.html\"" "$PUBLIC$PREFIX"/*/index.html | sort -u \
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
    link="$PREFIX/news/9900000$n.html"; img="/uploads/bench-planted/missing-$n.png"
    sed -i "s|</main>|<p><a href=\"$link\">planted</a><img src=\"$img\" alt=\"planted\"></p></main>|" "$g"
    echo "${g#"$PUBLIC"} $link" >>"$LOGDIR/planted.txt"
    echo "${g#"$PUBLIC"} $img" >>"$LOGDIR/planted.txt"
  done
done
PLANTED=$(sort -u -k2 "$LOGDIR/planted.txt" | awk '{print $2}' | sort -u | wc -l)
log "planted $PLANTED distinct broken links and images in $((2 * PLANT)) pages of $SITE (both scripts)"

declare -A WALL NOTE FOUND JVM_WALL WARM
run_zw() { # key, args...
  local key=$1; shift
  COND=$(wait_for_quiet)
  before=$(cpu_jiffies)
  # shellcheck disable=SC2086
  /usr/bin/time -v -o "$LOGDIR/$key.time" java $JAVA_OPTS -jar "$ZW_JAR" crawl "$@" "--zhengwu.data-dir=$DATA" \
    "--zhengwu.supervision.crawl.external-links=false" >"$LOGDIR/$key.log" 2>&1 \
    || { tail -n 30 "$LOGDIR/$key.log" >&2; die "zhengwu crawl failed"; }
  # the first round is the crawl in a new process; later rounds (--rounds) as the running application makes it
  line=$(grep -E '^crawl: ' "$LOGDIR/$key.log" | head -1)
  WALL[$key]=$(sed -E 's/.* in ([0-9.]+) s$/\1/' <<<"$line")
  WARM[$key]=$(grep -E '^crawl: ' "$LOGDIR/$key.log" | tail -n +2 | sed -E 's/.* in ([0-9.]+) s$/\1/' | sort -n | head -1)
  read -r jvm_wall _ < <(time_report "$LOGDIR/$key.time")
  JVM_WALL[$key]=$jvm_wall
  NOTE[$key]="$line; process incl. start-up ${jvm_wall} s; $COND before, others $(others_pct "$before" "$(cpu_jiffies)" "$(own_jiffies "$LOGDIR/$key.time")")% during"
  log "zhengwu $key: $line"
}
if [[ -z "${SKIP_GROUP:-}" ]]; then run_zw zw-group; else WALL[zw-group]="-"; NOTE[zw-group]="not run (SKIP_GROUP)"; fi
run_zw zw-site "$SITE" --rounds "$ROUNDS"
# every planted address on every page that carries it: 2 per page, both scripts
FOUND[zw-site]=$(sed -nE 's/^crawl: .*, ([0-9]+) broken,.*/\1/p' "$LOGDIR/zw-site.log" | head -1)
ZW_MISSED=$((4 * PLANT - ${FOUND[zw-site]:-0}))
# the distinct broken addresses of that crawl, as the inspection lists them (BROKEN_LINKS offenders: "链接 URL：…")
# shellcheck disable=SC2086
java $JAVA_OPTS -jar "$ZW_JAR" inspect --site "$SITE" --format json "--zhengwu.data-dir=$DATA" \
  >"$LOGDIR/zw-inspect.json" 2>"$LOGDIR/zw-inspect.log" || die "zhengwu inspect failed (see $LOGDIR/zw-inspect.log)"
python3 - "$LOGDIR/zw-inspect.json" >"$LOGDIR/zhengwu-broken.txt" <<'PY'
import json, re, sys
text = open(sys.argv[1], encoding="utf-8").read()
readings, _ = json.JSONDecoder().raw_decode(text, text.index("[{"))  # log lines may follow on stdout
urls = {re.sub(r"^https?://[^/]+", "", re.match(r"\S+ (\S+)：", o["detail"]).group(1))
        for r in readings if r["indicator"] == "BROKEN_LINKS" for o in r["offenders"]}
print("\n".join(sorted(urls)))
PY

# ---------- linkinator on the same tree
LK="$BENCH_DIR/linkinator/node_modules/.bin/linkinator"
if [[ ! -x "$LK" ]] || [[ "$("$LK" --version 2>/dev/null)" != "$LINKINATOR_VERSION" ]]; then
  log "installing linkinator $LINKINATOR_VERSION into $BENCH_DIR/linkinator"
  mkdir -p "$BENCH_DIR/linkinator"
  npm install --no-audit --no-fund --prefix "$BENCH_DIR/linkinator" "linkinator@$LINKINATOR_VERSION" >"$LOGDIR/npm.log" 2>&1
fi
# a static server on the same tree: nginx (python's http.server dropped connections under linkinator's 100
# parallel requests, which linkinator then reported as broken pages), as many workers as cores, no access log;
# stopped on exit
PORT=${LINKINATOR_PORT:-8097}
NGINX_DIR="$LOGDIR/nginx"
mkdir -p "$NGINX_DIR"
cat >"$NGINX_DIR/nginx.conf" <<CONF
worker_processes $(nproc);
pid $NGINX_DIR/nginx.pid;
error_log $NGINX_DIR/error.log warn;
events { worker_connections 1024; }
http {
  include /etc/nginx/mime.types;
  access_log off;
  sendfile on;
  keepalive_requests 10000;
  server {
    listen 127.0.0.1:$PORT;
    root $PUBLIC;
    index index.html;
  }
}
CONF
nginx -p "$NGINX_DIR" -c "$NGINX_DIR/nginx.conf" -g 'daemon off;' >"$NGINX_DIR/stdout.log" 2>&1 &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null || true; restore' EXIT
for _ in $(seq 1 50); do curl -sf -o /dev/null "http://127.0.0.1:$PORT/$SITE/" && break; sleep 0.2; done
curl -sf -o /dev/null "http://127.0.0.1:$PORT/$SITE/" || die "nginx did not answer on port $PORT (see $NGINX_DIR)"
COND=$(wait_for_quiet)
before=$(cpu_jiffies)
# recurse within the site (both scripts); skip what Zhengwu does not judge as files (the application's dynamic
# addresses), other sites of the group (Zhengwu's site crawl checks links to them; linkinator would crawl them) and
# other hosts
BASE="http://127.0.0.1:$PORT"
OTHER_SITES="^$BASE/(?!(zh-hant/)?($SITE|uploads|assets)/)"
/usr/bin/time -v -o "$LOGDIR/linkinator.time" "$LK" "$BASE$PREFIX/" "$BASE/zh-hant$PREFIX/" --recurse --format CSV \
  --concurrency 100 --timeout 10000 \
  --skip '^https?://(?!127[.]0[.]0[.]1)' \
  --skip "$OTHER_SITES" \
  --skip '/(zh-hant/)?(search|hdjl|_zw|admin|api|open311)(/|[?]|$)' \
  --skip '/(zh-hant/)?bsfw/(query|apply|stats|handled)' >"$LOGDIR/linkinator.csv" 2>"$LOGDIR/linkinator.err" || true
read -r "WALL[linkinator]" _ < <(time_report "$LOGDIR/linkinator.time")
NOTE[linkinator]="$(($(wc -l <"$LOGDIR/linkinator.csv") - 1)) links listed; $COND before, others $(others_pct "$before" "$(cpu_jiffies)" "$(own_jiffies "$LOGDIR/linkinator.time")")% during"
{ grep -E ',BROKEN,' "$LOGDIR/linkinator.csv" || true; } | cut -d, -f1 | tr -d '"' | sed -E 's|^https?://[^/]+||' | sort -u >"$LOGDIR/linkinator-broken.txt"
FOUND[linkinator]=$(wc -l <"$LOGDIR/linkinator-broken.txt")
SAME=$(comm -3 "$LOGDIR/zhengwu-broken.txt" "$LOGDIR/linkinator-broken.txt" | wc -l)
missed=0
while read -r want; do
  grep -qF -- "$want" "$LOGDIR/linkinator-broken.txt" || { missed=$((missed + 1)); echo "linkinator missed: $want" >&2; }
done < <(awk '{print $2}' "$LOGDIR/planted.txt" | sort -u)

FMT='%-34s %10s %10s  %s\n'
{
  echo "# inspect benchmark: $ARTICLES articles, $PAGES HTML pages, $(date -Iseconds), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
  printf "$FMT" run "wall s" "broken" note
  printf "$FMT" "zhengwu crawl (whole group)" "${WALL[zw-group]}" "-" "${NOTE[zw-group]}"
  printf "$FMT" "zhengwu crawl $SITE (new process)" "${WALL[zw-site]}" "${FOUND[zw-site]:--}" "broken (page, link) pairs, $((4 * PLANT)) planted, short by $ZW_MISSED; ${NOTE[zw-site]}"
  printf "$FMT" "zhengwu crawl $SITE (running app)" "${WARM[zw-site]:--}" "${FOUND[zw-site]:--}" "fastest of rounds 2..$ROUNDS in the same process"
  printf "$FMT" "linkinator $LINKINATOR_VERSION ($SITE)" "${WALL[linkinator]}" "${FOUND[linkinator]}" "distinct URLs; planted missed: $missed; ${NOTE[linkinator]}"
  printf 'planted: %s distinct broken addresses in %s pages; distinct broken addresses found: zhengwu %s, linkinator %s, found by one only: %s\n' \
    "$PLANTED" "$((2 * PLANT))" "$(wc -l <"$LOGDIR/zhengwu-broken.txt")" "${FOUND[linkinator]}" "$SAME"
  printf 'linkinator/zhengwu wall on %s: %s against the crawl in the running application, %s against its first crawl in a new process, %s with the JVM and Spring start\n' \
    "$SITE" "$(ratio "${WALL[linkinator]}" "${WARM[zw-site]:-}")" "$(ratio "${WALL[linkinator]}" "${WALL[zw-site]}")" \
    "$(ratio "${WALL[linkinator]}" "${JVM_WALL[zw-site]}")"
} | tee "$LOGDIR/table.txt"
log "logs and table: $LOGDIR"
