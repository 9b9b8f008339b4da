#!/usr/bin/env bash
# slo-gates benchmark: 50 golden paths x 4 window pairs against a local Prometheus (needs prometheus and promtool on
# PATH), then probe client CPU per request. Prints the figures. Usage: bench/slo/run.sh [paths] [requests]
set -euo pipefail
cd "$(dirname "$0")"
dotnet run -c Release --project Toolkit.Bench.Slo.csproj -- "$@"
