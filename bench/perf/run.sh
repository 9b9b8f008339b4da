#!/usr/bin/env bash
# The performance gate's own benchmark: a generated k6 --out json stream (default 1 GiB) read by the gate's stream
# reader, compared with `wc -l` (the floor: just finding line ends) and a jq one-liner computing the same p95 (what
# users do today). jq runs on a 100 MiB slice and is scaled, because on 1 GiB it takes many minutes.
# Usage: bench/perf/run.sh [MiB]   (prints the figures; deletes the generated files)
set -euo pipefail
size="${1:-1024}"
here="$(cd "$(dirname "$0")" && pwd)"
file="/tmp/perf-bench-$$.ndjson"
slice="/tmp/perf-bench-$$-slice.ndjson"
trap 'rm -f "$file" "$slice"' EXIT
command -v jq >/dev/null || { echo "jq is missing: apt-get install -y jq" >&2; exit 2; }

dotnet build -c Release "$here/Toolkit.Bench.Perf.csproj" -v q -nologo >/dev/null
bin="$here/bin/Release/net10.0/Toolkit.Bench.Perf"
"$bin" generate "$file" "$size"
bytes=$(stat -c %s "$file")
mib=$(echo "scale=1; $bytes / 1048576" | bc)
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"

cat "$file" > /dev/null # same page-cache state for every reader
start=$(date +%s.%N); lines=$(wc -l < "$file"); end=$(date +%s.%N)
wc_s=$(echo "$end - $start" | bc)
echo "wc -l: $lines lines in ${wc_s} s = $(echo "scale=1; $mib / $wc_s" | bc) MiB/s"

/usr/bin/time -f "gate process: %e s wall, %U s user, %S s sys, max RSS %M KiB" "$bin" process "$file" | tee /tmp/perf-bench-$$.out
gate_s=$(grep '^seconds=' /tmp/perf-bench-$$.out | cut -d= -f2); rm -f /tmp/perf-bench-$$.out

head -c $((100 * 1048576)) "$file" | head -n -1 > "$slice"
slice_bytes=$(stat -c %s "$slice")
start=$(date +%s.%N)
p95=$(jq -n '[inputs | select(.type == "Point" and .metric == "http_req_duration") | .data.value] | sort | .[((length - 1) * 0.95 | floor)]' "$slice")
end=$(date +%s.%N)
jq_s=$(echo "$end - $start" | bc)
jq_scaled=$(echo "scale=2; $jq_s * $bytes / $slice_bytes" | bc)
echo "jq p95 on a $(echo "scale=1; $slice_bytes / 1048576" | bc) MiB slice: $p95 ms in ${jq_s} s; scaled to the full file: ${jq_scaled} s"
gate_p95=$("$bin" process "$slice" | grep -o 'p(95) http_req_duration = [0-9.]* ms' | grep -o '[0-9.]* ms')
echo "same slice through the gate: p95 = $gate_p95 (DDSketch, 1% relative accuracy; jq sorts every value)"

echo "gate MiB/s: $(echo "scale=1; $mib / $gate_s" | bc)"
echo "ratio gate / wc -l time: $(echo "scale=2; $gate_s / $wc_s" | bc)x"
echo "ratio jq (scaled) / gate time: $(echo "scale=1; $jq_scaled / $gate_s" | bc)x faster than jq"
