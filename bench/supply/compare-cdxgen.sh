#!/usr/bin/env bash
# SBOM speed side by side with cdxgen (issue 17): the ~1,700-package npm lockfile and the largest Cargo and Go
# lockfiles of the corpus, each copied alone into a temp folder, SBOM'd by `gate sbom` (CycloneDX + SPDX, the whole
# CLI process: startup, discovery, parsing, writing) and by cdxgen 12.8 (CycloneDX only, offline, FETCH_LICENSE=false,
# run as user nobody). Each tool runs RUNS times per lockfile; the table shows the median wall time and the median CPU
# time (user + system, children included): on a shared, loaded machine the CPU column is the fair comparison.
# Run (as root, from the repository root): bench/supply/compare-cdxgen.sh [RUNS]   (default 1)
set -euo pipefail
runs=${1:-1}
repo=$(cd "$(dirname "$0")/../.." && pwd)
corpus=$(cd "$repo/../shared/corpus/supply/lockfiles" && pwd)
command -v cdxgen >/dev/null || { echo "cdxgen missing: npm i -g @cyclonedx/cdxgen@12.8" >&2; exit 2; }
work=$(mktemp -d /tmp/bench-supply-cdxgen.XXXXXX)
trap 'rm -rf "$work"' EXIT
chmod 755 "$work"

dotnet build "$repo/src/Toolkit.Cli/Toolkit.Cli.csproj" -c Release -v q -nologo >/dev/null
gate="$repo/src/Toolkit.Cli/bin/Release/net10.0/gate.dll"

declare -A inputs=(
  [npm]="open-telemetry+opentelemetry-js/package-lock.json"
  [cargo]="LemmyNet+lemmy/Cargo.lock"
  [go]="cli+cli/go.mod cli+cli/go.sum"
)

median() { sort -n | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}'; }
# Runs a command under /usr/bin/time; prints "wall_ms cpu_ms".
measure() {
  /usr/bin/time -f '%e %U %S' -o "$work/time" "$@" >/dev/null 2>>"$work/tools.log" || { cat "$work/tools.log" >&2; exit 1; }
  awk '{printf "%d %d\n", $1 * 1000, ($2 + $3) * 1000}' "$work/time"
}

printf '%-8s %-50s %6s %6s | %9s %9s %7s | %9s %9s %7s\n' ecosystem lockfile gate cdxgen "gate wall" "cdx wall" speedup "gate cpu" "cdx cpu" speedup
for name in npm cargo go; do
  dir="$work/$name"
  mkdir -p "$dir"
  for file in ${inputs[$name]}; do cp "$corpus/$file" "$dir/"; done
  chown -R nobody "$dir"
  ours_wall=(); ours_cpu=(); theirs_wall=(); theirs_cpu=()
  for _ in $(seq "$runs"); do
    read -r wall cpu < <(measure dotnet "$gate" sbom --repo "$dir" --out "$work/out-$name")
    ours_wall+=("$wall"); ours_cpu+=("$cpu")
    read -r wall cpu < <(measure runuser -u nobody -- env HOME="$dir" FETCH_LICENSE=false CDXGEN_NO_BANNER=true \
      cdxgen --no-install-deps -o "$dir/bom.json" "$dir")
    theirs_wall+=("$wall"); theirs_cpu+=("$cpu")
  done
  ow=$(printf '%s\n' "${ours_wall[@]}" | median); oc=$(printf '%s\n' "${ours_cpu[@]}" | median)
  tw=$(printf '%s\n' "${theirs_wall[@]}" | median); tc=$(printf '%s\n' "${theirs_cpu[@]}" | median)
  ours_n=$(jq '[.components[] | select(.type == "library")] | length' "$work/out-$name/sbom.cdx.json")
  theirs_n=$(jq '.components | length' "$dir/bom.json")
  printf '%-8s %-50s %6s %6s | %7sms %7sms %6.1fx | %7sms %7sms %6.1fx\n' "$name" "${inputs[$name]%% *}" "$ours_n" "$theirs_n" \
    "$ow" "$tw" "$(echo "$tw / $ow" | bc -l)" "$oc" "$tc" "$(echo "$tc / $oc" | bc -l)"
done
echo "components: gate counts library components (the workspace's own crates/modules are projects, not packages); cdxgen counts every component."
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores (a shared machine: compare the two columns, not the absolute times)"
