#!/usr/bin/env pwsh
# Runs the build program (build/Build.csproj) with Cake's parameters:
#   ./build.ps1 [-Target <Task>] [-Configuration Debug|Release] [-Verbosity quiet|minimal|normal|verbose|diagnostic]
# Exit codes: 0 success, 1 a task failed, 2 usage error.
[CmdletBinding()]
param(
    [string]$Target = 'Default',
    [ValidateSet('Debug', 'Release')]
    [string]$Configuration = 'Release',
    [ValidateSet('quiet', 'minimal', 'normal', 'verbose', 'diagnostic')]
    [string]$Verbosity,
    [Parameter(ValueFromRemainingArguments = $true)]
    [string[]]$BuildArguments = @()
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

if (-not (Get-Command dotnet -ErrorAction SilentlyContinue)) {
    Write-Host 'error: dotnet was not found on PATH. Install the .NET 10 SDK (https://dot.net) and run ./build.ps1 again.'
    exit 2
}

$env:DOTNET_CLI_TELEMETRY_OPTOUT = '1'
$env:DOTNET_NOLOGO = '1'
$env:DOTNET_SKIP_FIRST_TIME_EXPERIENCE = '1'

$arguments = @('--target', $Target, '--configuration', $Configuration)
if ($Verbosity) {
    $arguments += @('--verbosity', $Verbosity)
}

& dotnet run --project (Join-Path $PSScriptRoot 'build/Build.csproj') -c Release -- @arguments @BuildArguments
exit $LASTEXITCODE
