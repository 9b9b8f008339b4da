#!/usr/bin/env bash
# Static lint of the real migration pile (../shared/corpus/migrations/pile, 2,118 files) by the toolkit and by squawk,
# side by side in one script: hyperfine (warm-up, then timed runs of each, mean and range), peak memory of one run of
# each (/usr/bin/time -v), then per-rule counts. Both lint every file as run in a transaction (the pile's tools all do:
# Diesel, Pop, golang-migrate, authelia). Targets: the toolkit at most squawk's wall time and under 100 MB peak RSS.
# The toolkit side is the gate's lint library, published ReadyToRun for linux-x64 with invariant globalization (the
# published `gate` CLI is framework-dependent without ReadyToRun today: build/Tasks/BuildTask.cs).
# Usage: bench/migrations/lint.sh [pile-directory]. Needs squawk-cli 2.66 (npm i -g squawk-cli@2.66), hyperfine
# (apt-get install hyperfine) and /usr/bin/time. RUNS=n sets hyperfine's timed runs (default 20).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
pile="$(cd "${1:-$repo/../shared/corpus/migrations/pile}" && pwd)"
squawk="${SQUAWK:-$(command -v squawk || true)}"
if [ -z "$squawk" ]; then echo "squawk not found: npm i -g squawk-cli@2.66" >&2; exit 2; fi
if ! command -v hyperfine >/dev/null; then echo "hyperfine not found: apt-get install hyperfine" >&2; exit 2; fi
runs="${RUNS:-20}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
dotnet publish -c Release "$here/Toolkit.Bench.Migrations" -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$work/bin" >/dev/null
(cd "$pile" && find . -name '*.sql' | sed 's|^\./||' | LC_ALL=C sort) >"$work/files.txt"
echo "pile: $pile ($(wc -l <"$work/files.txt") files); squawk $("$squawk" --version | awk '{print $2}'); $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg)"

# The pile's 2,118 paths are one argument list too long for a shell command string: squawk gets them from a tiny wrapper.
cat >"$work/squawk.sh" <<EOF
#!/usr/bin/env bash
cd "$pile" && mapfile -t files <"$work/files.txt" && exec "$squawk" --reporter json --assume-in-transaction "\${files[@]}"
EOF
chmod +x "$work/squawk.sh"
toolkit=("$work/bin/Toolkit.Bench.Migrations" lint "$pile" "$work/toolkit.tsv")

hyperfine --warmup 3 --runs "$runs" -N --ignore-failure --style basic --export-json "$work/hyperfine.json" \
  -n toolkit "${toolkit[*]}" -n squawk "$work/squawk.sh" >"$work/hyperfine.txt" 2>&1 || { cat "$work/hyperfine.txt"; exit 1; }

peak() { # name, command...: peak RSS in MB of one run
  /usr/bin/time -v -o "$work/$1.time" "${@:2}" >"$work/$1.out" 2>/dev/null || true
  echo "scale=1; $(grep 'Maximum resident' "$work/$1.time" | awk '{print $NF}') / 1024" | bc
}
toolkit_rss=$(peak toolkit "${toolkit[@]}")
squawk_rss=$(peak squawk "$work/squawk.sh")
cp "$work/squawk.out" "$work/squawk.json"

echo
printf '%-8s %10s %10s %10s %10s %14s\n' tool "mean (s)" "min (s)" "max (s)" "cpu (s)" "peak RSS (MB)"
for name in toolkit squawk; do
  rss=$([ "$name" = toolkit ] && echo "$toolkit_rss" || echo "$squawk_rss")
  jq -r --arg n "$name" --arg rss "$rss" '.results[] | select(.command == $n)
    | [$n, (.mean|tostring), (.min|tostring), (.max|tostring), ((.user + .system)|tostring), $rss] | @tsv' "$work/hyperfine.json" \
    | awk -F'\t' '{printf "%-8s %10.3f %10.3f %10.3f %10.3f %14s\n", $1, $2, $3, $4, $5, $6}'
done
jq -r '(.results | map({(.command): .mean}) | add) as $m
  | "toolkit/squawk mean wall time: \($m.toolkit / $m.squawk * 100 | floor)% (\($m.squawk / $m.toolkit * 10 | floor / 10)x faster)"' "$work/hyperfine.json"
echo "(targets: toolkit mean at most squawk's; toolkit peak RSS under 100 MB)"
echo
dotnet "$work/bin/Toolkit.Bench.Migrations.dll" compare "$work/toolkit.tsv" "$work/squawk.json"
