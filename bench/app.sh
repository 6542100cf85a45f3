# Starting and stopping the jar for the form benchmarks (letters.sh, applications.sh, lookup.sh). Sourced after
# common.sh; the caller sets PORT (or calls form_bench NAME, which sets DATA, RESULTS and BASE). The per-address limit of public forms is lifted (every request
# comes from 127.0.0.1) and the form guard's fill time shortened to 1 s.
APP=""
# form_bench NAME: a fresh data dir $BENCH_DIR/NAME-data and a results dir, the load generator compiled, the jar
# stopped on exit
form_bench() {
  DATA="$BENCH_DIR/$1-data"
  RESULTS="$BENCH_DIR/results/$1-$(date +%Y%m%d-%H%M%S)"
  BASE="http://127.0.0.1:$PORT"
  mkdir -p "$RESULTS"
  [[ -f "$ZW_JAR" ]] || die "$ZW_JAR missing; run mvn -q package -DskipTests"
  load_compile
  rm -rf "$DATA"
  trap app_stop EXIT
}
# app_start URL_PATH: starts the jar on $DATA and waits until URL_PATH answers 200 (the demo is made on first start)
app_start() {
  java -Xmx900m -jar "$ZW_JAR" --server.port="$PORT" --zhengwu.data-dir="$DATA" \
    --zhengwu.abuse.submissions-per-minute=100000000 --zhengwu.abuse.minimum-fill-time=PT1S \
    >>"$RESULTS/app.log" 2>&1 &
  APP=$!
  for _ in $(seq 1 "${STARTUP_TIMEOUT:-300}"); do
    curl -sf -o /dev/null "http://127.0.0.1:$PORT$1" && return 0
    kill -0 "$APP" 2>/dev/null || die "the application did not start (see $RESULTS/app.log)"
    sleep 1
  done
  die "the application did not answer within ${STARTUP_TIMEOUT:-300} s"
}
# waits (up to QUIET_WAIT s, 300) until the jar uses under a tenth of a core over 5 s: the demo made on a first start
# is published and indexed in the background, which is not what a benchmark of the forms should measure
app_wait_idle() {
  local deadline=$((SECONDS + ${QUIET_WAIT:-300})) j0 j1 hz
  hz=$(getconf CLK_TCK)
  while ((SECONDS < deadline)); do
    j0=$(proc_jiffies "$APP"); sleep 5; j1=$(proc_jiffies "$APP")
    (( (j1 - j0) * 10 < hz * 5 )) && return 0
  done
  log "WARNING: the application is still busy after ${QUIET_WAIT:-300} s; measuring anyway"
}
app_stop() { [[ -z "$APP" ]] || { kill "$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true; APP=""; }; }
app_kill9() { kill -9 "$APP"; wait "$APP" 2>/dev/null || true; APP=""; }
# compiles the load generator (JDK only) into $RESULTS/classes
load_compile() { javac -d "$RESULTS/classes" "$ROOT"/bench/load/*.java; }
load() { java -cp "$RESULTS/classes" "$@"; }
