#!/usr/bin/env bash
# Publishing one item into the 100,000-article group: publish -> item page served, and publish -> every affected
# page (lists, home, portal blocks, both scripts) written. Needs the data directory that bench/rebuild.sh imported
# and rebuilt ($ZW_DATA_DIR, default $ZW_BENCH_DIR/zw-data, see common.sh). Publishes 41 items (the first warms up) into it.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
cd "$ROOT"
DATA="$ZW_DATA_DIR"
if [[ ! -d "$DATA/db" || ! -d "$DATA/public" ]]; then
  echo "publish: no imported and rebuilt group in $DATA; run bench/rebuild.sh first" >&2
  exit 2
fi
mvn -B -q -o test -Dtest='CorpusBench#publishLatency' -Dsurefire.failIfNoSpecifiedTests=false \
  -Dzhengwu.test.postgres.skip=true -Dzhengwu.bench.dir="$DATA" 2>&1 | grep -E '^publish ->|FAIL|ERROR' || true
