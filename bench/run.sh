#!/usr/bin/env bash
# One command for the comparison in bench/README.md: starts Neo4j from ../shared/neo4j, loads one generated graph
# into Neo4j and into the embedded store, starts the four servers, checks their answers, runs the load and writes
# the results. `--smoke` is the same run on a small graph with one-second cells (CI); it fails on any mismatch or error.
set -euo pipefail

bench="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(dirname "$bench")"
shared="$(cd "$repo/../shared" && pwd)"

smoke=false nodes="" seconds="" warmup="" first_warmup="" port="${BENCH_PORT:-7790}" work="" ours_queries="" shapes="" reuse_graph=false
while [ $# -gt 0 ]; do
  case "$1" in
    --smoke) smoke=true ;;
    --nodes) nodes=$2; shift ;;
    --seconds) seconds=$2; shift ;;
    --warmup) warmup=$2; shift ;;
    --first-warmup) first_warmup=$2; shift ;;
    --port) port=$2; shift ;;
    --work) work=$2; shift ;;
    --shapes) shapes=$2; shift ;;
    --ours-queries) ours_queries=$2; shift ;;
    --reuse-graph) reuse_graph=true ;;
    -h|--help) sed -n '2,4p' "$0"; echo "options: --smoke --nodes N --seconds S --warmup S --first-warmup S --port P --work DIR --shapes a,b --reuse-graph"; exit 0 ;;
    *) echo "run.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done

if $smoke; then
  nodes=${nodes:-2000} seconds=${seconds:-1} warmup=${warmup:-0.5} first_warmup=${first_warmup:-1} concurrencies="[1, 8]" check_inputs=3 inputs=40 profile_inputs=1
  configuration=${BENCH_CONFIGURATION:-Debug} heap=512m
else
  # A server's first question gets a longer warm-up: a fresh .NET server's JIT and tiering settled 12-20 s after its
  # first request (7,500 methods, ~6 s of JIT time on a loaded 2-core machine; CPU per request in 2 s cells at one
  # connection 6.0, 4.8, 4.2, 1.8, 1.5, then ~1.2 ms), which 3 s never covered: the first cell measured the JIT.
  nodes=${nodes:-40000} seconds=${seconds:-12} warmup=${warmup:-3} first_warmup=${first_warmup:-15} concurrencies="[1, 8, 32]" check_inputs=5 inputs=200 profile_inputs=3
  configuration=${BENCH_CONFIGURATION:-Release} heap=1g
fi
work=${work:-"$bench/.work/n$nodes"}
mkdir -p "$work"
work="$(cd "$work" && pwd)"
results=$($smoke && echo "$work/RESULTS-smoke.md" || echo "$bench/RESULTS.md")
say() { echo "[bench $(date -u +%H:%M:%S)] $*" >&2; }

pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  "$shared/neo4j/stop" --data "$work/neo4j" >&2 2>/dev/null || true
}
trap cleanup EXIT

for dir in neo4j-graphql cypher harness; do
  if [ ! -d "$bench/$dir/node_modules" ]; then
    say "npm ci in bench/$dir"
    (cd "$bench/$dir" && npm ci --no-audit --no-fund --loglevel=error) >&2
  fi
done

say "building the server and the seed CLI ($configuration)"
dotnet build "$repo/Server/Api/GraphServer.Api.csproj" -c "$configuration" -nologo -v quiet -clp:NoSummary >&2
dotnet build "$repo/Seed/GraphServer.Seed.csproj" -c "$configuration" -nologo -v quiet -clp:NoSummary >&2
api="$repo/Server/Api/bin/$configuration/net10.0/GraphServer.Api.dll"
seed="$repo/Seed/bin/$configuration/net10.0/GraphServer.Seed.dll"

say "starting Neo4j on port $port (data in $work/neo4j)"
# The launcher's first transaction (setting the password) times out on a heavily loaded machine; a failed start is
# retried on a fresh data folder, and a third failure ends the run (never a fallback to a NEO4J_URI inherited from CI).
start_neo4j() {
  local attempt exports
  for attempt in 1 2 3; do
    if exports="$("$shared/neo4j/start" --port "$port" --data "$work/neo4j" --password graphserver --heap "$heap")"; then
      eval "$exports"
      return 0
    fi
    "$shared/neo4j/stop" --data "$work/neo4j" >&2 2>/dev/null || true
    [ "$attempt" -lt 3 ] || break
    say "Neo4j did not start (attempt $attempt of 3); retrying on a fresh data folder"
    rm -rf "$work/neo4j" "$work/embedded" "$work/seed-neo4j" "$work/graph.done"
  done
  say "Neo4j did not start after 3 attempts; see $work/neo4j/launcher.log"
  exit 1
}
start_neo4j
export NEO4J_URI NEO4J_USER NEO4J_PASSWORD

# The graph is loaded once per work folder; a changed generator or store (another tree of Seed/ or Graph/) loads anew.
graph_id="nodes=$nodes seed=42 trees=$(git -C "$repo" rev-parse HEAD:Seed HEAD:Graph | tr '\n' ' ')"
if [ -f "$work/graph.done" ] && { $reuse_graph || [ "$(cat "$work/graph.done")" = "$graph_id" ]; }; then
  say "graph already loaded: $(cat "$work/graph.done")"
else
  if [ -f "$work/graph.done" ] || [ -d "$work/embedded" ]; then
    say "the loaded graph is from another generator or store; loading anew"
    "$shared/neo4j/stop" --data "$work/neo4j" >&2
    rm -rf "$work/neo4j" "$work/embedded" "$work/seed-neo4j" "$work/graph.done"
    start_neo4j
  fi
  say "generating $nodes nodes (seed 42) into Neo4j and into the embedded store"
  dotnet "$seed" generate --nodes "$nodes" --seed 42 --store neo4j --data-dir "$work/seed-neo4j" > "$work/generate-neo4j.log" 2>&1 &
  neo4j_load=$!
  dotnet "$seed" generate --nodes "$nodes" --seed 42 --store embedded --data-dir "$work/embedded" > "$work/generate-embedded.log" 2>&1 \
    || { tail -5 "$work/generate-embedded.log" >&2; exit 1; }
  wait "$neo4j_load" || { tail -5 "$work/generate-neo4j.log" >&2; exit 1; }
  tail -1 "$work/generate-neo4j.log" >&2
  echo "$graph_id" > "$work/graph.done"
fi

# Each server as a function that execs it, so the pid we keep is the server's own.
# The load is one caller at thousands of requests a second: the per-caller rate limit (Server/Api/Access) is lifted for it.
ours_env=(env GRAPH_SEED=none GraphServer__Auth__RatePermits=1000000000 Logging__LogLevel__Default=Warning Logging__LogLevel__Microsoft=Warning)
declare -A port_of=([ours-neo4j]=$((port + 10)) [neo4j-graphql]=$((port + 11)) [cypher]=$((port + 12)) [ours-embedded]=$((port + 13))
  [capture]=$((port + 14)))
declare -A pid_of=()
run_ours_neo4j() { exec "${ours_env[@]}" GRAPH_STORE=neo4j dotnet "$api" --urls "http://127.0.0.1:${port_of[ours-neo4j]}"; }
run_neo4j_graphql() { exec env PORT="${port_of[neo4j-graphql]}" node "$bench/neo4j-graphql/server.mjs"; }
run_cypher() { exec env PORT="${port_of[cypher]}" node "$bench/cypher/server.mjs"; }
run_ours_embedded() {
  exec "${ours_env[@]}" GRAPH_STORE=embedded GRAPH_DATA_DIR="$work/embedded" dotnet "$api" --urls "http://127.0.0.1:${port_of[ours-embedded]}"
}
run_capture() {
  exec "${ours_env[@]}" GRAPH_STORE=neo4j GRAPH_STATEMENT_LOG="$work/statements.jsonl" dotnet "$api" --urls "http://127.0.0.1:${port_of[capture]}"
}
launch() { "run_${1//-/_}" > "$work/$1.log" 2>&1 & pid_of[$1]=$!; pids+=($!); }
answers() { # name: 0 when the server answers HTTP on its port
  local url="http://127.0.0.1:${port_of[$1]}/graphql" body='{"query":"{ __typename }"}'
  [ "$1" = cypher ] && url="http://127.0.0.1:${port_of[$1]}/q/none" body='{}'
  curl -s -o /dev/null --max-time 5 -X POST -H 'content-type: application/json' -d "$body" "$url"
}

cd "$repo"
for name in "${!port_of[@]}"; do
  if answers "$name"; then echo "port ${port_of[$name]} is taken by another program; choose another --port" >&2; exit 1; fi
done
: > "$work/statements.jsonl"
for name in "${!port_of[@]}"; do launch "$name"; done
# A server that gives up at start (Neo4j slow to answer on a busy machine) is started again, twice at most.
declare -A attempts=()
for _ in $(seq 1 240); do
  waiting=0
  for name in "${!port_of[@]}"; do
    answers "$name" && continue
    waiting=1
    if ! kill -0 "${pid_of[$name]}" 2>/dev/null; then
      attempts[$name]=$(( ${attempts[$name]:-0} + 1 ))
      if [ "${attempts[$name]}" -gt 2 ]; then echo "$name did not start; its log:" >&2; tail -20 "$work/$name.log" >&2; exit 1; fi
      say "$name stopped before answering ($(tail -1 "$work/$name.log")); starting it again"
      launch "$name"
    fi
  done
  [ "$waiting" = 0 ] && break
  sleep 1
done
[ "$waiting" = 0 ] || { echo "servers did not answer within 240 s; logs in $work" >&2; exit 1; }
ours_neo4j_port=${port_of[ours-neo4j]} ours_neo4j_pid=${pid_of[ours-neo4j]}
neo4j_graphql_port=${port_of[neo4j-graphql]} neo4j_graphql_pid=${pid_of[neo4j-graphql]}
cypher_port=${port_of[cypher]} cypher_pid=${pid_of[cypher]}
ours_embedded_port=${port_of[ours-embedded]} ours_embedded_pid=${pid_of[ours-embedded]}
capture_port=${port_of[capture]} capture_pid=${pid_of[capture]}
say "servers ready"

cat > "$work/settings.json" <<JSON
{
  "smoke": $smoke,
  "commit": "$(git -C "$repo" rev-parse --short HEAD)$(git -C "$repo" diff --quiet HEAD -- . ':!bench/RESULTS.md' || echo ' (with uncommitted changes)')",
  "configuration": "$configuration",
  "seconds": $seconds, "warmupSeconds": $warmup, "firstWarmupSeconds": $first_warmup, "concurrencies": $concurrencies,
  "checkInputs": $check_inputs, "inputsPerShape": $inputs, "profileInputs": $profile_inputs,
  "results": "$results",
  "statementLog": "$work/statements.jsonl",
  "oursQueries": $( [ -n "$ours_queries" ] && echo "\"$ours_queries\"" || echo null ),
  "shapes": $( [ -n "$shapes" ] && echo "[\"${shapes//,/\",\"}\"]" || echo null ),
  "graph": { "nodes": $nodes, "seed": 42 },
  "versions": { "dotnet": "$(dotnet --version)" },
  "neo4j": { "uri": "$NEO4J_URI", "user": "$NEO4J_USER", "password": "$NEO4J_PASSWORD", "pid": $(cat "$work/neo4j/neo4j.pid"), "heap": "$heap" },
  "servers": [
    { "name": "ours-neo4j", "kind": "ours", "usesNeo4j": true, "url": "http://127.0.0.1:$ours_neo4j_port", "pid": $ours_neo4j_pid,
      "description": "GraphServer (Server/Api, $configuration) with GRAPH_STORE=neo4j, our schema" },
    { "name": "neo4j-graphql", "kind": "neo4jGraphql", "usesNeo4j": true, "url": "http://127.0.0.1:$neo4j_graphql_port", "pid": $neo4j_graphql_pid,
      "description": "@neo4j/graphql on graphql-yoga, type definitions in bench/neo4j-graphql/typeDefs.graphql" },
    { "name": "cypher", "kind": "cypher", "usesNeo4j": true, "url": "http://127.0.0.1:$cypher_port", "pid": $cypher_pid,
      "description": "the floor: one hand-written Cypher statement per question through neo4j-driver (bench/cypher/queries.mjs)" },
    { "name": "ours-embedded", "kind": "ours", "usesNeo4j": false, "url": "http://127.0.0.1:$ours_embedded_port", "pid": $ours_embedded_pid,
      "description": "GraphServer (Server/Api, $configuration) with GRAPH_STORE=embedded on the same generated graph" },
    { "name": "capture", "kind": "ours", "captureOnly": true, "url": "http://127.0.0.1:$capture_port", "pid": $capture_pid,
      "description": "GraphServer on Neo4j with GRAPH_STATEMENT_LOG, for db hits only; stopped before the load" }
  ]
}
JSON
node "$bench/harness/main.mjs" "$work/settings.json"
