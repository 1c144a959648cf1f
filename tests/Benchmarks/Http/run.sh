#!/usr/bin/env bash
# Load run of GraphServer over HTTP: a Release build on the embedded store (seeded), a cached small query, wrk at 1, 8
# and 32 connections for 15 s each. Needs wrk (apt-get install -y wrk). Prints requests/s and p50/p99 latency.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
port="${PORT:-5799}"
data="$(mktemp -d)"
dotnet build -c Release "$repo/Server/Api" -v q >/dev/null
GRAPH_DATA_DIR="$data" ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
  dotnet "$repo/Server/Api/bin/Release/net10.0/GraphServer.Api.dll" --urls "http://127.0.0.1:$port" >/dev/null 2>&1 &
server=$!
trap 'kill $server; rm -rf "$data"' EXIT
until curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null; do sleep 0.5; done
script="$(dirname "${BASH_SOURCE[0]}")/small-query.lua"
wrk -t1 -c8 -d5s -s "$script" "http://127.0.0.1:$port/graphql" >/dev/null   # warm-up: JIT, document cache
for connections in 1 8 32; do
  threads=$(( connections < 2 ? 1 : 2 ))
  echo "== $connections connection(s)"
  wrk -t"$threads" -c"$connections" -d15s --latency -s "$script" "http://127.0.0.1:$port/graphql" \
    | grep -E "Requests/sec|^ +50%|^ +99%|non-200|Socket errors"
done
