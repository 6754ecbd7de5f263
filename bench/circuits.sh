#!/usr/bin/env bash
# Memory per Blazor wizard session and server time per answer at N open sessions (issue 7).
# Builds the app and the client in Release, then for each N starts the app fresh (temp SQLite, Diagnostics on)
# and opens N circuits over SignalR. Writes bench/Distanskontakt.Circuits/RESULTS.md.
# Usage: bench/circuits.sh [--sizes 50,200,500] [--answers 3] [--warmup 10] [--parallel 8] [--anonymous]
#        [--hold-seconds S]  (keeps the sessions open S seconds after the reading, e.g. for a heap dump)
#        [--page /] [--out FILE]  (circuits on another page, e.g. the start page as a floor for comparison)
# Run it on an otherwise idle machine: the client shares the CPU with the server.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build src/Distanskontakt.Web/Distanskontakt.Web.csproj -c Release -nologo -v q
dotnet build bench/Distanskontakt.Circuits/Distanskontakt.Circuits.csproj -c Release -nologo -v q
before="$(uptime)"
echo "uptime before: $before"
dotnet bench/Distanskontakt.Circuits/bin/Release/net10.0/Distanskontakt.Circuits.dll \
  --app src/Distanskontakt.Web/bin/Release/net10.0/Distanskontakt.Web.dll \
  --out bench/Distanskontakt.Circuits/RESULTS.md "$@"
after="$(uptime)"
echo "uptime after: $after"
printf '\nMachine load (`uptime`), before: `%s`; after: `%s`. Other work on the machine makes the times noisy; the heap figures are not.\n' \
  "$(echo $before)" "$(echo $after)" >> bench/Distanskontakt.Circuits/RESULTS.md
