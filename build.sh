#!/usr/bin/env bash
# Runs the build program (build/Build.csproj) with Cake's command line:
#   ./build.sh [--target <Task>] [--configuration Debug|Release] [--verbosity quiet|minimal|normal|verbose|diagnostic]
# Exit codes: 0 success, 1 a task failed, 2 usage error.
set -euo pipefail

if ! command -v dotnet >/dev/null 2>&1; then
  echo "error: dotnet was not found on PATH. Install the .NET 10 SDK (https://dot.net) and run ./build.sh again." >&2
  exit 2
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1
export DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
exec dotnet run --project "$root/build/Build.csproj" -c Release -- "$@"
