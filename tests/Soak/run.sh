#!/usr/bin/env bash
# Soak: starts the server (Release build) on one store, runs tests/Soak/load.mjs against it for a while at N
# connections, prints one line a minute (requests, errors, p50/p99, resident memory) and stops the server.
# Usage: tests/Soak/run.sh [embedded|neo4j] [SECONDS=600] [CONNECTIONS=32]   (SERVER_DIR=built output to skip the build;
# WRITES=0 for reads only)
# neo4j uses NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD from the environment (e.g. from ../shared/neo4j/start).
set -euo pipefail
store=${1:-embedded} seconds=${2:-600} connections=${3:-32}
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/graphserver-soak.XXXXXX")"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null || echo 5999)

# SERVER_DIR: an already built output folder to run instead (e.g. a copy of bin/Debug/net10.0 on a busy machine).
if [ -z "${SERVER_DIR:-}" ]; then
  dotnet build "$repo/Server/Api" -c Release -v quiet -nologo >&2
  SERVER_DIR="$repo/Server/Api/bin/Release/net10.0"
fi
# Writes need the editor role, so auth is on with a throw-away key that load.mjs signs its editor token with (WRITES=0: reads only, open).
if [ "${WRITES:-1}" = "1" ]; then
  export GraphServer__Auth__SigningKey="$(head -c 48 /dev/urandom | base64 -w0)" SOAK_SIGNING_KEY
  SOAK_SIGNING_KEY="$GraphServer__Auth__SigningKey"
fi
export GRAPH_STORE="$store" GRAPH_DATA_DIR="$work/data" ASPNETCORE_ENVIRONMENT=Production GraphServer__Auth__RatePermits=1000000000
dotnet "$SERVER_DIR/GraphServer.Api.dll" --urls "http://127.0.0.1:$port" >"$work/server.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do grep -q "GraphQL ready at" "$work/server.log" && break; sleep 1; done
grep -q "GraphQL ready at" "$work/server.log" || { echo "server did not start; see $work/server.log" >&2; exit 1; }

echo "soak: $store store, $seconds s, $connections connections, server pid $server, log $work/server.log"
node "$repo/tests/Soak/load.mjs" "http://127.0.0.1:$port/graphql" "$server" "$seconds" "$connections"
