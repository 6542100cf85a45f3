#!/usr/bin/env bash
# Site-group search on the 100,000-article group that bench/rebuild.sh imported (default /tmp/zw-bench/zw-data):
# (1) re-indexing the whole group with the `reindex` command (wall time, peak RSS; SKIP_REINDEX=1 skips it); (2)
# queries through /api/v1/search with wrk, 16 connections, a fixed mix of 1- to 4-word queries in both scripts
# (req/s, p95, p99); (3) the same mix from one client (latency when the server is not saturated).
# Only 127.0.0.1; everything it starts is stopped at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
DATA="${ZW_DATA_DIR:-/tmp/zw-bench/zw-data}"
JAR=target/zhengwu.jar
PORT="${PORT:-8093}"
OUT="${BENCH_DIR:-/tmp/zw-bench}/results/search-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$OUT"
[[ -f "$JAR" ]] || { echo "search: $JAR missing; run mvn -q package -DskipTests" >&2; exit 2; }
[[ -d "$DATA/db" ]] || { echo "search: no imported group in $DATA; run bench/rebuild.sh first" >&2; exit 2; }
command -v wrk >/dev/null || apt-get install -y -qq wrk >/dev/null

if [[ "${SKIP_REINDEX:-0}" != 1 ]]; then
  /usr/bin/time -v java -Xmx900m -jar "$JAR" reindex --zhengwu.data-dir="$DATA" >"$OUT/reindex.log" 2>&1
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { print $2 }' "$OUT/reindex.log")
  rss=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$OUT/reindex.log")
  echo "reindex: $(grep -E '^reindex' "$OUT/reindex.log" | tail -1); wall $wall, peak RSS ${rss} MB"
fi

# 1- to 4-word queries, simplified and traditional, written for this benchmark
python3 - "$OUT/paths.txt" <<'PY'
import sys, urllib.parse
qs = ["经济", "發展", "老旧小区", "政务公开", "招商引资", "乡村振兴", "生態環境", "教育", "安全生产", "营商环境 优化",
      "數字政府", "民生 实事", "医疗保障", "交通 建设 项目", "防汛 抗旱", "就業 創業", "城乡 融合 发展", "财政 预算 执行",
      "高質量發展", "社区 治理", "产业 转型 升级", "污染 防治 攻坚", "基层 党建 工作 推进", "人民 群众 满意",
      "政府 工作 报告", "科技 創新", "文化 旅游", "農業 農村", "改革 開放", "城市 更新 行动 方案"]
with open(sys.argv[1], "w") as f:
    for q in qs:
        f.write("/api/v1/search?q=" + urllib.parse.quote(q) + "\n")
PY

java -Xmx900m -jar "$JAR" --server.port="$PORT" --zhengwu.data-dir="$DATA" --zhengwu.demo.enabled=false >"$OUT/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -sf -o /dev/null "http://127.0.0.1:$PORT/api/v1/search?q=%E7%BB%8F%E6%B5%8E" && break; sleep 1; done
PATHS="$OUT/paths.txt" wrk -t2 -c16 -d10s -s bench/random_paths.lua "http://127.0.0.1:$PORT" >/dev/null 2>&1 || true
PATHS="$OUT/paths.txt" wrk -t2 -c16 -d20s --latency -s bench/random_paths.lua "http://127.0.0.1:$PORT" >"$OUT/wrk.txt" 2>&1
grep -qE '\.lua:[0-9]+:' "$OUT/wrk.txt" && { cat "$OUT/wrk.txt" >&2; exit 1; }
echo "queries: $(awk '/^Requests\/sec/ { print $2 }' "$OUT/wrk.txt") req/s, $(grep '^p95 latency' "$OUT/wrk.txt"), p99 $(awk '$1 == "99%" { print $2 }' "$OUT/wrk.txt"), non-2xx: $(awk '/Non-2xx/ { print $4 }' "$OUT/wrk.txt")"
# the same mix one query at a time: the latency a citizen sees when the server is not saturated
PATHS="$OUT/paths.txt" wrk -t1 -c1 -d10s --latency -s bench/random_paths.lua "http://127.0.0.1:$PORT" >"$OUT/wrk-1.txt" 2>&1
echo "one client: $(awk '/^Requests\/sec/ { print $2 }' "$OUT/wrk-1.txt") req/s, $(grep '^p95 latency' "$OUT/wrk-1.txt"), p99 $(awk '$1 == "99%" { print $2 }' "$OUT/wrk-1.txt")"
echo "logs: $OUT"
