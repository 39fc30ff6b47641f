#!/usr/bin/env bash
# Second README command: every test suite (unit, integration on the real mirror, browser e2e).
# Builds what the suites need first, then prints one totals line: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
if [ ! -d node_modules ]; then npm ci --no-audit --no-fund || exit 1; fi
npm run data:ifstale || { echo "0 passed, 1 failed"; exit 1; }
npm run build || { echo "0 passed, 1 failed"; exit 1; }
# Type and Svelte checks (svelte-check over .ts and .svelte): counted as one suite in the totals.
check_failed=0
npm run check || check_failed=1
mkdir -p test-results
npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/vitest.json
status=$?
node scripts/test-totals.mjs test-results/vitest.json "$check_failed" || status=1
[ "$check_failed" = 0 ] || status=1
exit $status
