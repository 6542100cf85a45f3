# Shared settings for bench/*.sh. Sourced, not run.
# Every path can be overridden from the environment; nothing here needs the repo to live in a fixed place.

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# The shared corpus/bench material sits next to the repo (../shared); /work/shared is only a fallback.
if [[ -z "${ZW_SHARED:-}" ]]; then
  if [[ -d "$ROOT/../shared/corpus" ]]; then ZW_SHARED=$(cd "$ROOT/../shared" && pwd)
  elif [[ -d "$PWD/../shared/corpus" ]]; then ZW_SHARED=$(cd "$PWD/../shared" && pwd)
  else ZW_SHARED=/work/shared
  fi
fi
[[ -f "$ZW_SHARED/corpus/make_corpus.py" ]] || { echo "error: shared material not found in $ZW_SHARED (set ZW_SHARED)" >&2; exit 1; }

BENCH_DIR=${ZW_BENCH_DIR:-/tmp/zw-bench}
ZW_JAR=${ZW_JAR:-$ROOT/target/zhengwu.jar}
ZW_DATA_DIR=${ZW_DATA_DIR:-$BENCH_DIR/zw-data}

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

# Install the Debian packages the benchmarks need, only if their commands are missing.
ensure_packages() {
  local missing=() pkg cmd
  for pair in "$@"; do
    pkg=${pair%%:*}; cmd=${pair#*:}
    command -v "$cmd" >/dev/null 2>&1 || [[ -x "$cmd" ]] || missing+=("$pkg")
  done
  ((${#missing[@]} == 0)) && return 0
  log "installing Debian packages: ${missing[*]}"
  local sudo=""; [[ $(id -u) -eq 0 ]] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# Parse a `/usr/bin/time -v -o FILE` report: prints "WALL_SECONDS PEAK_RSS_MB".
time_report() {
  awk -F': ' '
    /Elapsed \(wall clock\) time/ {
      n = split($NF, p, ":"); s = 0
      for (i = 1; i <= n; i++) s = s * 60 + p[i]
      wall = s
    }
    /Maximum resident set size/ { rss = $NF / 1024 }
    END { printf "%.1f %.0f\n", wall, rss }' "$1"
}

# Print a ratio a/b with two decimals, or "-" when either side is missing.
ratio() {
  awk -v a="$1" -v b="$2" 'BEGIN { if (a == "" || b == "" || a == "-" || b == "-" || b + 0 == 0) print "-"; else printf "%.2f\n", a / b }'
}

# Other work on this machine (a build, a test run) skews every figure. Print the share of CPU busy over 2 s.
cpu_busy_pct() {
  local a b
  read -ra a < <(awk '/^cpu / { print $2 + $3 + $4 + $7 + $8, $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9 }' /proc/stat)
  sleep 2
  read -ra b < <(awk '/^cpu / { print $2 + $3 + $4 + $7 + $8, $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9 }' /proc/stat)
  awk -v bu=$((b[0] - a[0])) -v t=$((b[1] - a[1])) 'BEGIN { printf "%.0f\n", (t > 0 ? 100 * bu / t : 0) }'
}
# Wait (up to $QUIET_WAIT s, default 300) until the machine is idle (< $QUIET_PCT % busy, default 10).
# Prints "quiet" or "busy N%" so callers can note it next to the figure.
wait_for_quiet() {
  local deadline=$((SECONDS + ${QUIET_WAIT:-300})) busy
  while :; do
    busy=$(cpu_busy_pct)
    if ((busy < ${QUIET_PCT:-10})); then echo quiet; return 0; fi
    if ((SECONDS >= deadline)); then
      log "WARNING: machine still ${busy}% busy with other work; measuring anyway"
      echo "busy ${busy}%"; return 0
    fi
    log "machine ${busy}% busy with other work; waiting (up to ${QUIET_WAIT:-300} s in all)"
    sleep 3
  done
}

# "BUSY TOTAL" CPU jiffies of the whole machine so far (busy: user, nice, system; interrupts are left out as they
# are charged to no process).
cpu_jiffies() { awk '/^cpu / { print $2 + $3 + $4, $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9 }' /proc/stat; }
# user+system jiffies used so far by the given processes (all their threads).
proc_jiffies() {
  local p s=0 j
  for p in "$@"; do
    j=$(awk '{ c = $0; sub(/^.*\) /, "", c); split(c, x, " "); print x[12] + x[13] }' "/proc/$p/stat" 2>/dev/null) || continue
    s=$((s + ${j:-0}))
  done
  echo "$s"
}
# Share of the machine's CPU (in %) that went to processes other than ours between two cpu_jiffies snapshots,
# given the jiffies our processes used meanwhile.
others_pct() {
  awk -v b="$1" -v a="$2" -v own="$3" 'BEGIN {
    split(b, x, " "); split(a, y, " "); total = y[2] - x[2]
    o = total > 0 ? 100 * (y[1] - x[1] - own) / total : 0; if (o < 0) o = 0
    printf "%.0f\n", o }'
}
# user+system jiffies of a command timed with `/usr/bin/time -v -o FILE`.
own_jiffies() {
  awk -v hz="$(getconf CLK_TCK)" -F': ' '/User time \(seconds\)|System time \(seconds\)/ { s += $NF } END { printf "%.0f\n", s * hz }' "$1"
}
