#!/usr/bin/env bash
# The performance gate's own benchmark: a generated k6 --out json stream (default 1024 MiB) read by the gate's stream
# reader (exact percentiles: a histogram read, then selection reads), beside `wc -l` (the floor: finding line ends) and
# a jq one-liner computing the same exact p95 with k6's formula (what users do today). jq runs on a 100 MiB slice and is
# scaled, because on 1 GiB it takes many minutes; the gate reads the same slice and must give jq's p95 exactly.
# Usage: bench/perf/run.sh [MiB]   (prints a table; the generated files live in /tmp and are deleted on exit)
set -euo pipefail
size="${1:-1024}"
here="$(cd "$(dirname "$0")" && pwd)"
file="/tmp/perf-bench-$$.ndjson"
slice="/tmp/perf-bench-$$-slice.ndjson"
tmp="/tmp/perf-bench-$$.out"
trap 'rm -f "$file" "$slice" "$tmp" "$tmp".*' EXIT
command -v jq >/dev/null || { echo "jq is missing: apt-get install -y jq" >&2; exit 2; }

dotnet build -c Release "$here/Toolkit.Bench.Perf.csproj" -v q -nologo >/dev/null
bin="$here/bin/Release/net10.0/Toolkit.Bench.Perf"
"$bin" generate "$file" "$size"
bytes=$(stat -c %s "$file")
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores; jq $(jq --version); $(uname -sr)"

# Runs a command under GNU time; prints "seconds rss_kib" and leaves the command's stdout in $tmp.
# CPU seconds (user + sys) are printed too: on a shared, loaded machine wall time measures the neighbours.
measure() { /usr/bin/time -f "%e %M %U %S" -o "$tmp.time" "$@" > "$tmp"; awk '{ printf "%s %s %.2f\n", $1, $2, $3 + $4 }' "$tmp.time"; }
rate() { if [ "$(echo "$2 > 0" | bc)" = 1 ]; then echo "scale=1; $1 / 1000000 / $2" | bc; else echo "-"; fi; }

cat "$file" > /dev/null # same page-cache state for every reader
read -r wc_s wc_kib wc_cpu < <(measure wc -l "$file")
read -r gate_s gate_kib gate_cpu < <(measure "$bin" process "$file")
gate_p95=$(grep -o 'p(95) http_req_duration = [0-9.eE+-]*' "$tmp" | awk '{print $4}')
gate_inner=$(grep '^seconds=' "$tmp" | cut -d= -f2)

head -c $((100 * 1048576)) "$file" | head -n -1 > "$slice"
slice_bytes=$(stat -c %s "$slice")
k6_p95='[inputs | select(.type == "Point" and .metric == "http_req_duration") | .data.value] | sort | ((length - 1) * 0.95) as $i | .[$i | floor] + (.[$i | ceil] - .[$i | floor]) * ($i - ($i | floor))'
read -r jq_s jq_kib jq_cpu < <(measure jq -n "$k6_p95" "$slice")
jq_p95=$(cat "$tmp")
jq_scaled=$(echo "scale=1; $jq_s * $bytes / $slice_bytes" | bc)
measure "$bin" process "$slice" > /dev/null
slice_p95=$(grep -o 'p(95) http_req_duration = [0-9.eE+-]*' "$tmp" | awk '{print $4}')
same=$(awk -v a="$jq_p95" -v b="$slice_p95" 'BEGIN { print (a == b) ? "yes" : "NO" }')

jq_cpu_scaled=$(echo "scale=2; $jq_cpu * $bytes / $slice_bytes" | bc)
row() { printf '%-28s %10.1f %9s %9s %9s %12s %12s  %s\n' "$@"; }
echo
printf '%-28s %10s %9s %9s %9s %12s %12s  %s\n' "tool" "input MB" "wall s" "MB/s" "CPU s" "MB/CPU-s" "peak RSS MiB" "p(95) http_req_duration"
row "wc -l" "$(echo "$bytes / 1000000" | bc -l)" "$wc_s" "$(rate "$bytes" "$wc_s")" "$wc_cpu" "$(rate "$bytes" "$wc_cpu")" "$(echo "scale=1; $wc_kib / 1024" | bc)" "-"
row "gate (exact percentiles)" "$(echo "$bytes / 1000000" | bc -l)" "$gate_s" "$(rate "$bytes" "$gate_s")" "$gate_cpu" "$(rate "$bytes" "$gate_cpu")" "$(echo "scale=1; $gate_kib / 1024" | bc)" "$gate_p95"
row "jq (100 MiB slice)" "$(echo "$slice_bytes / 1000000" | bc -l)" "$jq_s" "$(rate "$slice_bytes" "$jq_s")" "$jq_cpu" "$(rate "$slice_bytes" "$jq_cpu")" "$(echo "scale=1; $jq_kib / 1024" | bc)" "$jq_p95"
row "jq scaled to the full file" "$(echo "$bytes / 1000000" | bc -l)" "$jq_scaled" "$(rate "$bytes" "$jq_scaled")" "$jq_cpu_scaled" "$(rate "$bytes" "$jq_cpu_scaled")" "-" "-"
echo
echo "gate on the same 100 MiB slice: p(95) = $slice_p95; identical to jq's k6-formula p(95): $same"
echo "gate read time inside the process (without .NET start-up): ${gate_inner} s = $(rate "$bytes" "$gate_inner") MB/s"
echo "gate / wc -l time: $(echo "scale=2; $gate_s / $wc_s" | bc)x; jq (scaled) / gate time: $(echo "scale=1; $jq_scaled / $gate_s" | bc)x"
