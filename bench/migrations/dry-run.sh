#!/usr/bin/env bash
# migration-gate dry-run benchmark: up, down, up of 269 real migration pairs on a throwaway PostgreSQL 15, one run.
# The pairs are the first 269 of Ory Kratos (corpus: pile/ory+kratos/.../sql, Pop layout) renamed to golang-migrate
# names in a temp directory (the corpus is not modified; the only real golang-migrate directories in the corpus have
# 7 and 39 pairs, and the second has no downs). Target: under 60 s. Prints wall time and peak RSS.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
source_dir="$repo/../shared/corpus/migrations/pile/ory+kratos/persistence/sql/migrations/sql"
pairs="${PAIRS:-269}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/db"
for up in $(cd "$source_dir" && ls -- *.up.sql | sort | head -n "$pairs"); do
  version="${up%%_*}"; rest="${up#*_}"; name="${rest%%.*}"
  cp "$source_dir/$up" "$work/db/${version}_${name}.up.sql"
  down="$(cd "$source_dir" && ls -- "${version}"_*.down.sql 2>/dev/null | head -n 1 || true)"
  if [ -n "$down" ]; then cp "$source_dir/$down" "$work/db/${version}_${name}.down.sql"; fi
done
dotnet build "$repo/src/Toolkit.Cli/Toolkit.Cli.csproj" -c Release -v quiet -nologo >/dev/null
gate="$repo/src/Toolkit.Cli/bin/Release/net10.0/gate.dll"
echo "pairs: $(ls "$work/db" | grep -c '\.up\.sql$') ups, $(ls "$work/db" | grep -c '\.down\.sql$') downs"
timing="$work/time.txt"
set +e
if [ -x /usr/bin/time ]; then
  /usr/bin/time -v -o "$timing" dotnet "$gate" migrations --repo "$work" --dir db --database auto --out "$work/out" >"$work/gate.txt" 2>&1
else
  start=$(date +%s.%N); dotnet "$gate" migrations --repo "$work" --dir db --database auto --out "$work/out" >"$work/gate.txt" 2>&1
  echo "Elapsed (wall clock) time (s): $(echo "$(date +%s.%N) - $start" | bc)" >"$timing"
fi
exit_code=$?
set -e
log="$work/out/migration-gate/dry-run.log"
echo "gate exit: $exit_code ($(jq -r '.summary' "$work/out/migration-gate.verdict.json"))"
echo "steps: $(grep -cE '\] up [^ ]+( \(|: ERROR)' "$log") up, $(grep -cE '\] down [^ ]+( \(|: ERROR)' "$log") down, $(grep -cE '\] reapply [^ ]+( \(|: ERROR)' "$log") reapply, $(grep -c 'rebuilding' "$log") rebuilds"
echo "where the time went: $(grep -o 'timing: .*' "$log")"
echo "downs that do not restore the schema: $(jq '[.findings[] | select(.rule_id == "migration/rollback-mismatch")] | length' "$work/out/migration-gate.verdict.json"), failing: $(jq '[.findings[] | select(.rule_id == "migration/dry-run-failed")] | length' "$work/out/migration-gate.verdict.json"), kept on purpose (warnings): $(jq '[.findings[] | select(.rule_id == "migration/rollback-irreversible")] | length' "$work/out/migration-gate.verdict.json")"
printf '%-28s %s\n' "tool" "figure"
printf '%-28s %s\n' "gate dry run wall time" "$(grep -E 'Elapsed \(wall clock\)' "$timing" | sed 's/.*: //')"
printf '%-28s %s\n' "gate dry run peak RSS (KB)" "$(grep -E 'Maximum resident set size' "$timing" | sed 's/.*: //' || echo n/a)"
printf '%-28s %s\n' "gate CPU user/sys (s)" "$(grep -E 'User time' "$timing" | sed 's/.*: //' || echo n/a) / $(grep -E 'System time' "$timing" | sed 's/.*: //' || echo n/a)"
printf '%-28s %s\n' "machine load (1/5/15 min)" "$(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
echo "(target: under 60 s, aim under 40 s; before this work 60.5 s with 187 rebuilds; no peer tool does a dry run to compare with: squawk is static only)"
