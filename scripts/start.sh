#!/usr/bin/env bash
# First README command: install, build the snapshot from the mirror or the last `npm run refresh`
# (only when stale; see src/prep/mirror/dataSource.ts), build the
# static site and serve it on http://localhost:4173.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
	npm ci --no-audit --no-fund
fi
npm run data:ifstale
npm run build
echo "Wmo Vooruitblik draait op http://localhost:${PORT:-4173} (Ctrl+C stopt de server)"
exec npx vite preview --port "${PORT:-4173}" --strictPort
