#!/usr/bin/env bash
# Publishing on S3 against publishing to local files (issue 17): the same pages, written in publish steps of ten
# (eight item pages, their list page, the site home), to a local public folder and to one on S3 (S3Proxy inside the
# JVM, over loopback), alternating; prints pages/s of each and the S3/local time ratio.
#
#   bench/s3.sh [PAGES]      (default 2000)
#
# Runs the JUnit class S3PublishBench (excluded from the suite unless -Dzhengwu.bench.s3=true); needs no jar, no data.
set -euo pipefail
source "$(dirname "$0")/common.sh"
cd "$ROOT"

PAGES=${1:-2000}
[[ "$PAGES" =~ ^[1-9][0-9]*$ ]] || die "usage: bench/s3.sh [PAGES]"
RESULTS="$BENCH_DIR/results/s3-$PAGES-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$RESULTS"

log "compiling (mvn test-compile)"
mvn -B -q test-compile -Dzhengwu.test.postgres.skip=true >"$RESULTS/build.log" 2>&1 || { tail -30 "$RESULTS/build.log"; die "build failed"; }

before=$(wait_for_quiet)
log "machine before: $before; publishing $PAGES pages locally and on S3"
mvn -B -q -o surefire:test -Dtest='S3PublishBench' -Dsurefire.failIfNoSpecifiedTests=false \
  -Dzhengwu.test.postgres.skip=true -Dzhengwu.bench.s3=true -Dzhengwu.bench.s3.pages="$PAGES" \
  -Dzhengwu.bench.out="$RESULTS" >"$RESULTS/mvn.log" 2>&1 \
  || { tail -40 "$RESULTS/mvn.log"; die "benchmark failed"; }

cat "$RESULTS/s3.txt"
echo "conditions: $(nproc) cores, $(java -version 2>&1 | head -1), machine $before before the run, $(uptime | sed 's/.*load/load/') after"
