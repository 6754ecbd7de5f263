#!/usr/bin/env bash
# API load run (issue 7): Release build of the app and the generator, then GET /health, POST /api/v1/decisions and
# POST /api/v1/registrations at 1, 4, 16, 64 and 256 connections against the built app started as its own process
# (Production settings, fresh SQLite file, JWT bearer tokens from a loopback issuer). Prints a Markdown report and
# writes it to bench/results/load-<UTC time>.md. Extra arguments go to the generator, e.g.
#   bench/load.sh --duration 20 --levels 1,64
# Exit code 1 when any request failed or the rows written differ from the registrations acknowledged.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build src/Distanskontakt.Web/Distanskontakt.Web.csproj -c Release -nologo -v quiet >/dev/null
dotnet build bench/Distanskontakt.Load/Distanskontakt.Load.csproj -c Release -nologo -v quiet >/dev/null
echo "uptime before the run: $(uptime)" >&2
out="bench/results/load-$(date -u +%Y%m%dT%H%M%SZ).md"
dotnet bench/Distanskontakt.Load/bin/Release/net10.0/Distanskontakt.Load.dll --out "$out" "$@"
