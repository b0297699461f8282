#!/usr/bin/env bash
# Two DanVan instances behind nginx on this machine, sharing one SQLite file (loopback only), as the TwoInstancesTests
# test runs them: publish, prepare the database once (migrate), start both instances with
# Database:InitializeAtStartup=false, then nginx with deploy/nginx/danvan-two-instances.conf. Open https://127.0.0.1:8443/
# (a throw-away self-signed certificate). Ctrl+C stops everything. Needs Debian's nginx and openssl.
set -euo pipefail
cd "$(dirname "$0")/.."
work=${DANVAN_TWO_INSTANCES:-$(mktemp -d)}
mkdir -p "$work/nginx"
echo "Working folder: $work"

dotnet publish src/DanVan.Web -c Release -o "$work/app" --nologo -v q
export ConnectionStrings__DanVan="Data Source=$work/danvan.db"
export Evidence__Path="$work/evidence"
export Seed__Demo="${Seed__Demo:-true}"
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Production}"
# The published folder is the content root (its wwwroot and appsettings), whatever folder the script runs from.
export ASPNETCORE_CONTENTROOT="$work/app"
dotnet "$work/app/DanVan.Web.dll" migrate

pids=()
trap 'kill "${pids[@]}" 2>/dev/null || true' EXIT
for port in 5101 5102; do
  Database__InitializeAtStartup=false Kestrel__Endpoints__Http__Url="http://127.0.0.1:$port" \
    Logging__File__Path="$work/logs-$port/danvan-.log" dotnet "$work/app/DanVan.Web.dll" &
  pids+=($!)
done

openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj "/CN=127.0.0.1" \
  -keyout "$work/nginx/proxy.key" -out "$work/nginx/proxy.crt" 2>/dev/null
sed -e "s#{{PREFIX}}#$work/nginx#g" -e "s#{{PORT}}#8443#g" -e "s#{{INSTANCE_1}}#5101#g" -e "s#{{INSTANCE_2}}#5102#g" \
    -e "s#{{CERTIFICATE}}#$work/nginx/proxy.crt#g" -e "s#{{KEY}}#$work/nginx/proxy.key#g" \
    deploy/nginx/danvan-two-instances.conf > "$work/nginx/nginx.conf"
echo "nginx on https://127.0.0.1:8443/ in front of http://127.0.0.1:5101 and :5102"
nginx -e "$work/nginx/startup.log" -p "$work/nginx" -c "$work/nginx/nginx.conf"
