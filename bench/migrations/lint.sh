#!/usr/bin/env bash
# Static lint of the real migration pile (../shared/corpus/migrations/pile, ~2,118 files) by the toolkit and by squawk,
# side by side: wall time, CPU time and peak memory of each process (/usr/bin/time -v), then per-rule counts.
# Both lint every file as run in a transaction (the pile's tools all do: Diesel, Pop, golang-migrate, authelia).
# Usage: bench/migrations/lint.sh [pile-directory]. Needs squawk-cli 2.66 (npm i -g squawk-cli@2.66) and /usr/bin/time.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
pile="$(cd "${1:-$repo/../shared/corpus/migrations/pile}" && pwd)"
squawk="${SQUAWK:-$(command -v squawk || true)}"
if [ -z "$squawk" ]; then echo "squawk not found: npm i -g squawk-cli@2.66" >&2; exit 2; fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
dotnet build -c Release "$here/Toolkit.Bench.Migrations" -o "$work/bin" >/dev/null
mapfile -t files < <(cd "$pile" && find . -name '*.sql' | sed 's|^\./||' | LC_ALL=C sort)
echo "pile: $pile (${#files[@]} files); squawk $("$squawk" --version | awk '{print $2}')"

measure() { # name, command...: runs once to warm the page cache, then measures the second run
  local name="$1"; shift
  "$@" >/dev/null 2>&1 || true
  /usr/bin/time -v -o "$work/$name.time" "$@" >"$work/$name.out" 2>"$work/$name.err" || true
  local wall user sys rss
  wall=$(grep 'Elapsed (wall' "$work/$name.time" | awk '{print $NF}')
  user=$(grep 'User time' "$work/$name.time" | awk '{print $NF}')
  sys=$(grep 'System time' "$work/$name.time" | awk '{print $NF}')
  rss=$(grep 'Maximum resident' "$work/$name.time" | awk '{print $NF}')
  printf '%-8s wall %8s   cpu (user+sys) %6.2f s   peak RSS %6.1f MB\n' "$name" "$wall" "$(echo "$user + $sys" | bc)" "$(echo "scale=1; $rss / 1024" | bc)"
}

cd "$pile"
measure toolkit dotnet "$work/bin/Toolkit.Bench.Migrations.dll" lint "$pile" "$work/toolkit.tsv"
measure squawk "$squawk" --reporter json --assume-in-transaction "${files[@]}"
cp "$work/squawk.out" "$work/squawk.json"
echo
dotnet "$work/bin/Toolkit.Bench.Migrations.dll" compare "$work/toolkit.tsv" "$work/squawk.json"
