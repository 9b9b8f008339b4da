#!/usr/bin/env bash
# The migration-gate benchmark: 2,000 generated migrations linted by the toolkit and by squawk side by side (timings and
# disagreements), then a dry run of 200 migrations up/down/up on a throwaway PostgreSQL. Prints the figures.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
if [ ! -x "$here/.tools/node_modules/.bin/squawk" ]; then
  npm install --silent --prefix "$here/.tools" squawk-cli >/dev/null
fi
"$here/.tools/node_modules/.bin/squawk" --version
cd "$repo"
dotnet run -c Release --project "$here/Toolkit.Bench.Migrations" -- "$here/.tools/node_modules/.bin/squawk"
