#!/usr/bin/env bash
# Serving benchmark: Zhengwu vs nginx on the same published files, plus nginx on Hugo's output as a baseline.
#
#   bench/serve.sh [PUBLIC_DIR] [HUGO_PUBLIC_DIR]
#     PUBLIC_DIR       Zhengwu's published files (default $ZW_BENCH_DIR/zw-data/public, from bench/rebuild.sh)
#     HUGO_PUBLIC_DIR  Hugo's output (default: the largest $ZW_BENCH_DIR/hugo-*/public)
#
# Targets, all on 127.0.0.1 only:
#   8090  zhengwu  java -jar target/zhengwu.jar --server.port=8090 --zhengwu.data-dir=$(dirname PUBLIC_DIR) ...
#   8091  nginx    serving PUBLIC_DIR (the same files the app serves)
#   8092  nginx    serving HUGO_PUBLIC_DIR (baseline)
# Each target gets two wrk runs (after a warm-up): one hot page (a site home) and a random mix of ~20,000 article
# pages listed from its directory (bench/random_paths.lua, a fixed copy of shared/bench/random_paths.lua). Everything started here is stopped on exit.
#
# Environment: ZW_BENCH_DIR, ZW_SHARED, ZW_JAR, ZW_JAVA_OPTS (app JVM options, default none),
#   WRK_THREADS (2) WRK_CONNECTIONS (64) WRK_DURATION (15s) WRK_WARMUP (5s), RANDOM_PATHS (20000),
#   HOT_SITE (first site of the corpus: www), HOT_PATH (override the hot page), STARTUP_TIMEOUT (180 s),
#   QUIET_WAIT (300) QUIET_PCT (10) (wait for other work on the machine to stop), RANDOM_LUA,
#   NGINX_LISTEN_OPTS (extra listen options, e.g. reuseport; default none, as in Debian's config),
#   APP_PORT (8090) NGINX_PORT (8091) HUGO_PORT (8092), SKIP_ZHENGWU=1, SKIP_HUGO=1.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

PUBLIC_DIR=${1:-$ZW_DATA_DIR/public}
HUGO_PUBLIC=${2:-}
if [[ -z "$HUGO_PUBLIC" ]]; then
  best=0
  for d in "$BENCH_DIR"/hugo-*/public; do
    n=${d%/public}; n=${n##*/hugo-}
    if [[ -d "$d" && "$n" =~ ^[0-9]+$ ]] && ((n > best)); then best=$n; HUGO_PUBLIC=$d; fi
  done
fi
APP_PORT=${APP_PORT:-8090}; NGINX_PORT=${NGINX_PORT:-8091}; HUGO_PORT=${HUGO_PORT:-8092}
THREADS=${WRK_THREADS:-2}; CONNS=${WRK_CONNECTIONS:-64}; DURATION=${WRK_DURATION:-15s}; WARMUP=${WRK_WARMUP:-5s}
NPATHS=${RANDOM_PATHS:-20000}; HOT_SITE=${HOT_SITE:-www}; STARTUP_TIMEOUT=${STARTUP_TIMEOUT:-180}
# bench/random_paths.lua: shared/bench/random_paths.lua with a fix for LuaJIT (see the file).
LUA=${RANDOM_LUA:-$ROOT/bench/random_paths.lua}
[[ -f "$LUA" ]] || die "$LUA not found"

ensure_packages nginx:nginx wrk:wrk curl:curl

for port in "$APP_PORT" "$NGINX_PORT" "$HUGO_PORT"; do
  if curl -s -o /dev/null --max-time 1 "http://127.0.0.1:$port/"; then die "port $port on 127.0.0.1 is already in use"; fi
done

mkdir -p "$BENCH_DIR/results"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/zw-serve.XXXXXX")
LOGDIR="$BENCH_DIR/results/serve-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$LOGDIR"
NGINX_PID=""; APP_PID=""

stop() { # pid name
  local pid=$1 i
  [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null || return 0
  kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < 100; i++)); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
  log "$2 (pid $pid) did not stop in 10 s; killing it"
  kill -KILL "$pid" 2>/dev/null || true
}
cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  stop "$APP_PID" zhengwu
  stop "$NGINX_PID" nginx
  cp "$WORK/nginx/error.log" "$LOGDIR/nginx-error.log" 2>/dev/null || true
  rm -rf "$WORK"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---------- which targets can run
declare -A DIR URL PATHS_FILE HOT
TARGETS=()
if [[ "${SKIP_ZHENGWU:-0}" != 1 && -d "$PUBLIC_DIR" ]]; then
  TARGETS+=(nginx)
  DIR[nginx]=$PUBLIC_DIR; URL[nginx]="http://127.0.0.1:$NGINX_PORT"
  if [[ -f "$ZW_JAR" ]]; then
    TARGETS+=(zhengwu)
    DIR[zhengwu]=$PUBLIC_DIR; URL[zhengwu]="http://127.0.0.1:$APP_PORT"
  else
    ZW_STATUS="skipped: $ZW_JAR not found (build it first: mvn -q package, from the repo root)"
  fi
else
  ZW_STATUS="skipped: no published directory $PUBLIC_DIR (run bench/rebuild.sh first)"
  [[ "${SKIP_ZHENGWU:-0}" == 1 ]] && ZW_STATUS="skipped (SKIP_ZHENGWU=1)"
fi
if [[ "${SKIP_HUGO:-0}" != 1 && -n "$HUGO_PUBLIC" && -d "$HUGO_PUBLIC" ]]; then
  TARGETS+=(nginx-hugo)
  DIR[nginx-hugo]=$HUGO_PUBLIC; URL[nginx-hugo]="http://127.0.0.1:$HUGO_PORT"
else
  log "nginx-hugo baseline: skipped (no Hugo output; run bench/rebuild.sh or pass HUGO_PUBLIC_DIR)"
fi
[[ -n "${ZW_STATUS:-}" ]] && log "zhengwu: ${ZW_STATUS}"
((${#TARGETS[@]})) || die "nothing to benchmark"

# ---------- hot page and random article paths, per published directory
hot_path() { # dir -> /SITE/index.html (or the same at depth <= 3, e.g. under a script prefix)
  local dir=$1 f
  if [[ -n "${HOT_PATH:-}" ]]; then echo "$HOT_PATH"; return; fi
  if [[ -f "$dir/$HOT_SITE/index.html" ]]; then echo "/$HOT_SITE/index.html"; return; fi
  f=$(find "$dir" -maxdepth 3 -path "*/$HOT_SITE/index.html" | sort | head -1)
  [[ -n "$f" ]] || f=$(find "$dir" -mindepth 2 -maxdepth 2 -name index.html | sort | head -1)
  [[ -n "$f" ]] || die "no site home page found in $dir (set HOT_PATH)"
  echo "${f#"$dir"}"
}
list_paths() { # dir out: article pages = a path segment of digits (.../123/index.html or .../123.html), no list pages
  local dir=$1 out=$2
  (cd "$dir" && find . -type f -name '*.html' | sed 's|^\.||' \
    | grep -E '/[0-9]+(/index)?\.html$' | grep -vE '/page/[0-9]+/|index_[0-9]+\.html$' || true) >"$out.all"
  if [[ $(wc -l <"$out.all") -lt 100 ]]; then
    log "few article-like paths in $dir; using every HTML file"
    (cd "$dir" && find . -type f -name '*.html' | sed 's|^\.||') >"$out.all"
  fi
  shuf -n "$NPATHS" --random-source=<(yes 20261121) "$out.all" >"$out"
  rm -f "$out.all"
}
for t in "${TARGETS[@]}"; do
  if [[ $t == zhengwu ]]; then HOT[$t]=${HOT[nginx]}; PATHS_FILE[$t]=${PATHS_FILE[nginx]}; continue; fi
  HOT[$t]=$(hot_path "${DIR[$t]}")
  PATHS_FILE[$t]="$WORK/paths-$t.txt"
  list_paths "${DIR[$t]}" "${PATHS_FILE[$t]}"
  cp "${PATHS_FILE[$t]}" "$LOGDIR/"
  log "$t: ${DIR[$t]}, hot page ${HOT[$t]}, $(wc -l <"${PATHS_FILE[$t]}") random paths"
done

# ---------- nginx: one master, a server block per directory, all state under $WORK/nginx
NG="$WORK/nginx"; mkdir -p "$NG"
servers=""
for t in nginx nginx-hugo; do
  [[ -n "${DIR[$t]:-}" ]] || continue
  port=$NGINX_PORT; [[ $t == nginx-hugo ]] && port=$HUGO_PORT
  servers+="
    server {
        listen 127.0.0.1:$port${NGINX_LISTEN_OPTS:+ $NGINX_LISTEN_OPTS};
        root $(cd "${DIR[$t]}" && pwd);
        location / { try_files \$uri \$uri/index.html =404; }
    }"
done
user_line=""; [[ $(id -u) -eq 0 ]] && user_line="user root;"
cat >"$NG/nginx.conf" <<EOF
# generated by bench/serve.sh: a plain static-file setup close to Debian's defaults, logging off
$user_line
worker_processes auto;
pid $NG/nginx.pid;
error_log $NG/error.log warn;
events { worker_connections 4096; }
http {
    default_type application/octet-stream;
    types { text/html html; text/css css; application/javascript js; image/png png; image/jpeg jpg; }
    charset utf-8;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 100000;
    access_log off;
    client_body_temp_path $NG/client_body;
    proxy_temp_path $NG/proxy;
    fastcgi_temp_path $NG/fastcgi;
    uwsgi_temp_path $NG/uwsgi;
    scgi_temp_path $NG/scgi;
$servers
}
EOF
cp "$NG/nginx.conf" "$LOGDIR/nginx.conf"
nginx -t -q -e "$NG/error.log" -p "$NG" -c "$NG/nginx.conf"
nginx -e "$NG/error.log" -p "$NG" -c "$NG/nginx.conf" -g 'daemon off;' &
NGINX_PID=$!

# ---------- zhengwu
if [[ -n "${DIR[zhengwu]:-}" ]]; then
  DATA_DIR=$(cd "$PUBLIC_DIR/.." && pwd)
  # shellcheck disable=SC2086 # ZW_JAVA_OPTS is a list of options
  java ${ZW_JAVA_OPTS:-} -jar "$ZW_JAR" "--server.port=$APP_PORT" "--zhengwu.data-dir=$DATA_DIR" \
    --zhengwu.demo.enabled=false >"$LOGDIR/zhengwu.log" 2>&1 &
  APP_PID=$!
  log "zhengwu started (pid $APP_PID), log $LOGDIR/zhengwu.log"
fi

# ---------- wait until every target answers its hot page with 200
wait_for() { # target
  local t=$1 pid code deadline=$((SECONDS + STARTUP_TIMEOUT))
  pid=$NGINX_PID; [[ $t == zhengwu ]] && pid=$APP_PID
  while ((SECONDS < deadline)); do
    kill -0 "$pid" 2>/dev/null || die "$t exited during start-up (see $LOGDIR)"
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "${URL[$t]}${HOT[$t]}" || true)
    [[ $code == 200 ]] && return 0
    sleep 0.5
  done
  die "$t did not answer ${URL[$t]}${HOT[$t]} with 200 within ${STARTUP_TIMEOUT}s (last status: ${code:-none})"
}
for t in "${TARGETS[@]}"; do wait_for "$t"; log "$t answers on ${URL[$t]}"; done
# The random mix must be all 200s to mean anything: check a sample before measuring.
for t in "${TARGETS[@]}"; do
  bad=0
  while read -r p; do
    [[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "${URL[$t]}$p" || true) == 200 ]] || bad=$((bad + 1))
  done < <(head -n 50 "${PATHS_FILE[$t]}")
  ((bad == 0)) || log "WARNING: $t answered $bad of 50 sample paths with a status other than 200"
done

# ---------- measure
declare -A RPS P99 ERR COND OTHERS
to_ms() { awk '{ v = $1; if (v ~ /us$/) printf "%.2f", v / 1000; else if (v ~ /ms$/) printf "%.2f", v + 0; else if (v ~ /s$/) printf "%.2f", v * 1000; else print "-" }' <<<"$1"; }
# wrk carries on with its default request ("/") when its script fails to load: refuse such a run.
wrk_ok() { if grep -qE '\.lua:[0-9]+:|PANIC' "$1" || ! grep -q '^Requests/sec' "$1"; then cat "$1" >&2; die "wrk failed ($1)"; fi; }
run_wrk() { # target scenario
  local t=$1 s=$2 out="$LOGDIR/wrk-$1-$2.txt" args=()
  if [[ $s == random ]]; then args=(-s "$LUA"); fi
  local url="${URL[$t]}${HOT[$t]}"; [[ $s == random ]] && url="${URL[$t]}/"
  PATHS=${PATHS_FILE[$t]} wrk -t"$THREADS" -c"$CONNS" -d"$WARMUP" "${args[@]}" "$url" >"$out" 2>&1
  wrk_ok "$out"
  COND[$t-$s]=$(wait_for_quiet)
  local before own_before wrk_cpu own
  own_before=$(proc_jiffies "${OUR_PIDS[@]}"); before=$(cpu_jiffies)
  PATHS=${PATHS_FILE[$t]} /usr/bin/time -f '%U %S' -o "$out.cpu" \
    wrk -t"$THREADS" -c"$CONNS" -d"$DURATION" --latency "${args[@]}" "$url" >"$out" 2>&1
  own=$(proc_jiffies "${OUR_PIDS[@]}")
  wrk_ok "$out"
  wrk_cpu=$(awk -v hz="$(getconf CLK_TCK)" 'END { printf "%.0f", ($1 + $2) * hz }' "$out.cpu")
  OTHERS[$t-$s]=$(others_pct "$before" "$(cpu_jiffies)" $((own - own_before + wrk_cpu)))
  rm -f "$out.cpu"
  RPS[$t-$s]=$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' "$out")
  P99[$t-$s]=$(to_ms "$(awk '$1 == "99%" { print $2 }' "$out")")
  ERR[$t-$s]=$(awk '/Non-2xx or 3xx responses:/ { n += $NF } /Socket errors:/ { gsub(/,/, ""); n += $4 + $6 + $8 + $10 } END { print n + 0 }' "$out")
  log "$t $s: ${RPS[$t-$s]} req/s, p99 ${P99[$t-$s]} ms, errors ${ERR[$t-$s]}, ${COND[$t-$s]} before, others ${OTHERS[$t-$s]}% during"
  if [[ ${ERR[$t-$s]} != 0 ]]; then log "WARNING: $t $s had ${ERR[$t-$s]} non-2xx responses or socket errors; see $out"; fi
}
# Our processes (nginx master and workers, the app), to tell their CPU use from other work on the machine.
OUR_PIDS=("$NGINX_PID")
while read -r p; do OUR_PIDS+=("$p"); done < <(pgrep -P "$NGINX_PID" || true)
[[ -n "$APP_PID" ]] && OUR_PIDS+=("$APP_PID")
for t in "${TARGETS[@]}"; do
  for s in hot random; do
    log "wrk $t $s (warm-up $WARMUP, then $DURATION)"
    run_wrk "$t" "$s"
  done
done

# ---------- table
FMT='%-12s %-7s %10s %9s %8s %10s %10s  %s\n'
{
  echo "# serve benchmark: $(date -Iseconds), $(nproc) cores, wrk -t$THREADS -c$CONNS -d$DURATION --latency, loopback"
  printf "$FMT" target page "req/s" "p99 ms" errors "app/nginx" "p99 ratio" "path"
  for t in zhengwu nginx nginx-hugo; do
    for s in hot random; do
      if [[ -z "${RPS[$t-$s]:-}" ]]; then
        [[ $t == nginx-hugo ]] || printf "$FMT" "$t" "$s" - - - - - "${ZW_STATUS:-not measured}"
        continue
      fi
      r=-; q=-
      if [[ $t == zhengwu ]]; then r=$(ratio "${RPS[$t-$s]}" "${RPS[nginx-$s]:-}"); q=$(ratio "${P99[$t-$s]}" "${P99[nginx-$s]:-}"); fi
      what=${HOT[$t]}; [[ $s == random ]] && what="$(wc -l <"${PATHS_FILE[$t]}") article paths"
      printf "$FMT" "$t" "$s" "${RPS[$t-$s]}" "${P99[$t-$s]}" "${ERR[$t-$s]}" "$r" "$q" "$what (${DIR[$t]}); ${COND[$t-$s]} before, others ${OTHERS[$t-$s]}% during"
    done
  done
} | tee "$LOGDIR/table.txt"
log "wrk output and table: $LOGDIR"
