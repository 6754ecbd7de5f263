#!/usr/bin/env bash
# Runs every test: domain, web (API + bUnit) and browser (Playwright + Debian's Chromium).
# Installs what the tests need first, so it works the same on a fresh machine and in CI.
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

if ! command -v chromium >/dev/null 2>&1; then
  echo "==> Installerar Chromium (Debian-paket) för webbläsartesterna"
  if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi

if [ -f .config/dotnet-tools.json ]; then
  dotnet tool restore
fi

echo "==> Bygger"
dotnet build Distanskontakt.sln -c Release -warnaserror -nologo -v quiet

echo "==> SQL Server-beviset (ingen server här): modellen mot migreringarna, idempotent skript"
for provider in Sqlite SqlServer; do
  project="src/Distanskontakt.Migrations.$provider"
  dotnet ef migrations has-pending-model-changes --project "$project" --startup-project "$project" --configuration Release --no-build
done
sqlscript=$(mktemp --suffix=.sql)
dotnet ef migrations script --idempotent --project src/Distanskontakt.Migrations.SqlServer \
  --startup-project src/Distanskontakt.Migrations.SqlServer --configuration Release --no-build --output "$sqlscript" >/dev/null
grep -q 'CREATE TABLE \[LoggedDecisions\]' "$sqlscript"
echo "Idempotent SQL Server-skript: $(wc -l <"$sqlscript") rader"
rm -f "$sqlscript"

echo "==> Kör testerna"
log=$(mktemp)
set +e
dotnet test --solution Distanskontakt.sln --configuration Release --no-build 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# The closing line CI reads: totals over every test project.
awk '
  /^[[:space:]]*failed:/    { f += $2 }
  /^[[:space:]]*succeeded:/ { p += $2 }
  /^[[:space:]]*skipped:/   { s += $2 }
  END { printf "%d passed, %d failed, %d skipped\n", p, f, s }
' "$log"
rm -f "$log"
exit "$status"
