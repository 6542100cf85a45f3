#!/usr/bin/env bash
# Site-group search on the group that bench/rebuild.sh imported ($ZW_DATA_DIR, default $ZW_BENCH_DIR/zw-data):
#   (1) re-index the whole group with the `reindex` command: wall time, peak RSS, index size (SKIP_REINDEX=1 skips);
#   (2) queries through /api/v1/search with wrk, 16 connections: the 30 fixed 1- to 4-word queries of earlier runs
#       mixed with FRAGMENTS (default 90) pieces of 2 to 8 characters cut at random places (fixed SEED) out of random
#       articles of the corpus, in the script the article is written in, a quarter of them in quotes (req/s, p95, p99);
#   (3) the same mix from one client (latency when the server is not saturated);
#   (4) recall: each piece searched once within its article's site, column and day — found when its article is among
#       the results — and once across the group (found anything at all).
# BASELINE_JAR=path runs the same steps with another build (e.g. the previous release) on a copy of the database, in
# the same run, and prints the ratios new/baseline: figures from one run compare, figures from two runs hardly do.
# Environment: ZW_BENCH_DIR, ZW_DATA_DIR, ZW_JAR (see common.sh), CORPUS ($ZW_BENCH_DIR/corpus-100000.jsonl),
#   FRAGMENTS, SEED, PORT (8093), BASELINE_JAR. Only 127.0.0.1; everything it starts is stopped at the end.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
cd "$ROOT"
PORT="${PORT:-8093}"
CORPUS="${CORPUS:-$BENCH_DIR/corpus-100000.jsonl}"
FRAGMENTS="${FRAGMENTS:-90}"
SEED="${SEED:-20261207}"
OUT="$BENCH_DIR/results/search-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$OUT"
[[ -f "$ZW_JAR" ]] || die "search: $ZW_JAR missing; run mvn -q package -DskipTests"
[[ -d "$ZW_DATA_DIR/db" ]] || die "search: no imported group in $ZW_DATA_DIR; run bench/rebuild.sh first"
[[ -s "$CORPUS" ]] || die "search: corpus $CORPUS missing (the one bench/rebuild.sh imported; set CORPUS)"
ensure_packages wrk:wrk time:/usr/bin/time

# ---------- the query mix: fixed queries + pieces cut at random out of the corpus
python3 - "$CORPUS" "$FRAGMENTS" "$SEED" "$OUT" <<'PY'
import json, random, re, sys, urllib.parse
corpus, count, seed, out = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
fixed = ["经济", "發展", "老旧小区", "政务公开", "招商引资", "乡村振兴", "生態環境", "教育", "安全生产", "营商环境 优化",
         "數字政府", "民生 实事", "医疗保障", "交通 建设 项目", "防汛 抗旱", "就業 創業", "城乡 融合 发展", "财政 预算 执行",
         "高質量發展", "社区 治理", "产业 转型 升级", "污染 防治 攻坚", "基层 党建 工作 推进", "人民 群众 满意",
         "政府 工作 报告", "科技 創新", "文化 旅游", "農業 農村", "改革 開放", "城市 更新 行动 方案"]
def chinese(c):
    return '\u4e00' <= c <= '\u9fff' or '\u3400' <= c <= '\u4dbf'
def word_char(c):
    return c.isalnum() and not chinese(c)
rnd = random.Random(seed)
with open(corpus, encoding="utf-8") as f:
    lines = sum(1 for _ in f) - 1
wanted = sorted(rnd.sample(range(1, lines + 1), count * 3))
pieces = []
with open(corpus, encoding="utf-8") as f:
    for i, line in enumerate(f):
        if len(pieces) == count:
            break
        if not wanted or i != wanted[0]:
            continue
        wanted.pop(0)
        a = json.loads(line)
        text = re.sub(r"<[^>]*>", "\n", a["body_html"])
        text = "\n".join(p.strip() for p in text.split("\n") if p.strip())
        if len(text) < 20:
            continue
        start = rnd.randrange(len(text) - 9)
        end = start + rnd.randint(2, 8)
        while start > 0 and word_char(text[start]) and word_char(text[start - 1]):
            start -= 1
        while end < len(text) and word_char(text[end - 1]) and word_char(text[end]):
            end += 1
        piece = text[start:end].strip()
        if "\n" in piece or sum(1 for c in piece if chinese(c)) < 2 or '"' in piece:
            continue
        q = '"' + piece + '"' if rnd.random() < 0.25 else piece
        pieces.append((q, a["site"], a["column"], a["published_at"][:10], a["title"]))
with open(out + "/paths.txt", "w", encoding="utf-8") as p:
    for q in fixed + [x[0] for x in pieces]:
        p.write("/api/v1/search?q=" + urllib.parse.quote(q) + "\n")
with open(out + "/fragments.tsv", "w", encoding="utf-8") as t:
    for x in pieces:
        t.write("\t".join(x) + "\n")
PY
log "query mix: 30 fixed + $(wc -l <"$OUT/fragments.tsv") pieces cut at random (seed $SEED) -> $OUT/paths.txt"

# Checks every piece once against a running server: prints "FOUND_ARTICLE FOUND_ANY TOTAL".
recall() {
  python3 - "$1" "$OUT/fragments.tsv" "$2" <<'PY'
import datetime, json, sys, urllib.parse, urllib.request
base, path, misses = sys.argv[1], sys.argv[2], sys.argv[3]
article = anything = total = 0
with open(path, encoding="utf-8") as f, open(misses, "w", encoding="utf-8") as m:
    for line in f:
        q, site, column, day, title = line.rstrip("\n").split("\t")
        d = datetime.date.fromisoformat(day)
        def ask(params):
            with urllib.request.urlopen(base + "/api/v1/search?" + urllib.parse.urlencode(params)) as r:
                return json.load(r)
        total += 1
        anything += ask({"q": q})["total"] > 0
        hit = False
        for page in range(1, 6):
            r = ask({"q": q, "site": site, "column": column, "page": page,
                     "from": str(d - datetime.timedelta(days=1)), "to": str(d + datetime.timedelta(days=1))})
            if any(x["title"] == title for x in r["results"]):
                hit = True
            if hit or page * 10 >= r["total"]:
                break
        article += hit
        if not hit:
            m.write(line)
print(article, anything, total)
PY
}

declare -A R
# One side: re-index (unless SKIP_REINDEX=1), start the server, wrk at 16 and at 1 connection, recall.
measure() {
  local side=$1 jar=$2 data=$3 app
  if [[ "${SKIP_REINDEX:-0}" != 1 ]]; then
    log "$side: reindex ($data)"
    /usr/bin/time -v -o "$OUT/$side-reindex.time" java -Xmx900m -jar "$jar" reindex --zhengwu.data-dir="$data" \
      >"$OUT/$side-reindex.log" 2>&1 || { tail -20 "$OUT/$side-reindex.log" >&2; die "$side: reindex failed"; }
    read -r "R[$side-reindex-wall]" "R[$side-reindex-rss]" < <(time_report "$OUT/$side-reindex.time")
    R[$side-reindex-job]=$(grep -E '^reindex' "$OUT/$side-reindex.log" | tail -1 || true)
  fi
  R[$side-index-mb]=$(du -sm "$data/index" | cut -f1)
  java -Xmx900m -jar "$jar" --server.port="$PORT" --zhengwu.data-dir="$data" --zhengwu.demo.enabled=false \
    >"$OUT/$side-app.log" 2>&1 &
  app=$!
  for _ in $(seq 1 180); do curl -sf -o /dev/null "http://127.0.0.1:$PORT/api/v1/search?q=%E7%BB%8F%E6%B5%8E" && break; sleep 1; done
  log "$side: wrk, 16 connections"
  PATHS="$OUT/paths.txt" wrk -t2 -c16 -d10s -s bench/random_paths.lua "http://127.0.0.1:$PORT" >/dev/null 2>&1 || true
  PATHS="$OUT/paths.txt" wrk -t2 -c16 -d20s --latency -s bench/random_paths.lua "http://127.0.0.1:$PORT" >"$OUT/$side-wrk.txt" 2>&1
  grep -qE '\.lua:[0-9]+:' "$OUT/$side-wrk.txt" && { cat "$OUT/$side-wrk.txt" >&2; kill "$app"; exit 1; }
  R[$side-rate]=$(awk '/^Requests\/sec/ { print $2 }' "$OUT/$side-wrk.txt")
  R[$side-p95]=$(awk '/^p95 latency/ { print $3 }' "$OUT/$side-wrk.txt")
  R[$side-p99]=$(awk '$1 == "99%" { print $2 }' "$OUT/$side-wrk.txt")
  R[$side-non2xx]=$(awk '/Non-2xx/ { print $4 }' "$OUT/$side-wrk.txt")
  PATHS="$OUT/paths.txt" wrk -t1 -c1 -d10s --latency -s bench/random_paths.lua "http://127.0.0.1:$PORT" >"$OUT/$side-wrk-1.txt" 2>&1
  R[$side-one-rate]=$(awk '/^Requests\/sec/ { print $2 }' "$OUT/$side-wrk-1.txt")
  R[$side-one-p95]=$(awk '/^p95 latency/ { print $3 }' "$OUT/$side-wrk-1.txt")
  log "$side: recall"
  read -r "R[$side-found-article]" "R[$side-found-any]" "R[$side-pieces]" < <(recall "http://127.0.0.1:$PORT" "$OUT/$side-missed.tsv")
  kill "$app" 2>/dev/null || true
  wait "$app" 2>/dev/null || true
  R[$side-cpu]=$(cpu_busy_pct)
}

report() {
  local side=$1
  if [[ -n "${R[$side-reindex-wall]:-}" ]]; then
    echo "$side reindex: ${R[$side-reindex-job]}; process wall ${R[$side-reindex-wall]} s, peak RSS ${R[$side-reindex-rss]} MB"
  fi
  echo "$side index size: ${R[$side-index-mb]} MB"
  echo "$side queries: ${R[$side-rate]} req/s, p95 ${R[$side-p95]} ms, p99 ${R[$side-p99]}, non-2xx: ${R[$side-non2xx]:-0}"
  echo "$side one client: ${R[$side-one-rate]} req/s, p95 ${R[$side-one-p95]} ms"
  echo "$side recall: ${R[$side-found-article]} of ${R[$side-pieces]} pieces found their article, ${R[$side-found-any]} found anything (misses: $OUT/$side-missed.tsv)"
}

echo "# search benchmark $(date -Iseconds), $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load: $(uptime | sed 's/.*load average: //')"
trap 'jobs -p | xargs -r kill 2>/dev/null || true' EXIT
measure new "$ZW_JAR" "$ZW_DATA_DIR"
report new
if [[ -n "${BASELINE_JAR:-}" ]]; then
  BASE_DATA="$BENCH_DIR/zw-data-baseline"
  rm -rf "$BASE_DATA" && mkdir -p "$BASE_DATA" && cp -r "$ZW_DATA_DIR/db" "$BASE_DATA/"
  measure baseline "$BASELINE_JAR" "$BASE_DATA"
  report baseline
  echo "ratios new/baseline: req/s $(ratio "${R[new-rate]}" "${R[baseline-rate]}"), p95 $(ratio "${R[new-p95]%ms}" "${R[baseline-p95]%ms}"), one-client p95 $(ratio "${R[new-one-p95]%ms}" "${R[baseline-one-p95]%ms}"), index size $(ratio "${R[new-index-mb]}" "${R[baseline-index-mb]}"), reindex wall $(ratio "${R[new-reindex-wall]:-}" "${R[baseline-reindex-wall]:-}")"
fi
echo "load after: $(uptime | sed 's/.*load average: //'); logs: $OUT"
