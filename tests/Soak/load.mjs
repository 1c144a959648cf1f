// Soak load generator: N connections, each sending one GraphQL request after another for D seconds, a mix of the
// reads investigators make (lists with filters, a node and its relationships two levels deep, search, paths) and,
// where the server has mutations, writes. Every minute prints one line: requests, errors, p50/p99 latency, the
// server's resident memory. Usage: node load.mjs URL PID SECONDS CONNECTIONS
import { readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { createHmac } from "node:crypto";

const [url, pid, seconds = "600", connections = "32"] = process.argv.slice(2);
const reads = [
  ["Countries", `{ countries(first: 20, order: [{ name: ASC }]) { nodes { id iso2 name } totalCount } }`],
  ["Kenya", `query Kenya { country(id: "country:KE") { id name } }`],
  ["OffersByTarget", `{ offers(first: 10) { nodes { id } totalCount } }`],
  ["Recruiters", `{ recruiters(first: 10) { nodes { id name } totalCount } }`],
  ["Claims", `{ claims(first: 25, order: [{ id: ASC }]) { nodes { id } } }`],
  ["Sources", `{ sources(first: 25) { nodes { id title publisher } } }`],
  // Two levels of relationships (the two-ended names of issue 14).
  ["CountryNetwork", `query CountryNetwork { countries(first: 10) { nodes { id targetedBy(first: 5) { nodes { id } } citizens(first: 5) { nodes { id } } } } }`],
];

// Writes (with SOAK_SIGNING_KEY, the server's GraphServer:Auth:SigningKey): every WRITE_EVERY-th request of a connection
// is a write as an editor. Each connection creates synthetic Locations of its own and updates them at the version it
// holds (a refusal there is an error: nobody else writes them); all connections also update one shared Location at the
// version they last read, where a StaleVersionError is expected and counted, not an error. At the end every
// acknowledged write is checked: each own node at its last name and version, the shared node at 1 + its acknowledged updates.
const signingKey = process.env.SOAK_SIGNING_KEY;
const WRITE_EVERY = 4, UPDATES_PER_NODE = 20, SHARED = "location:synthetic-soak-shared";
const base64url = (text) => Buffer.from(text).toString("base64url");
const token = signingKey && (() => {
  const now = Math.floor(Date.now() / 1000);
  const head = base64url(JSON.stringify({ alg: "HS256", typ: "JWT" }));
  const claims = base64url(JSON.stringify({ iss: "graphserver-local", aud: "graphserver", sub: "soak", role: "editor",
    iat: now, nbf: now, exp: now + 6 * 3600 }));
  const signature = createHmac("sha256", Buffer.from(signingKey, "base64")).update(`${head}.${claims}`).digest("base64url");
  return `${head}.${claims}.${signature}`;
})();
const headers = { "content-type": "application/json", accept: "application/graphql-response+json",
  ...(token ? { authorization: `Bearer ${token}` } : {}) };
let writes = 0, staleShared = 0, sharedAcknowledged = 0, sharedUnknown = 0, source = "";
const own = new Map(); // id -> { version, name }

async function post(query) {
  const response = await fetch(url, { method: "POST", headers, body: JSON.stringify({ query }) });
  return { status: response.status, body: await response.json() };
}

const cite = () => `sources: [{ id: "${source}", quote: "synthetic soak write" }]`;
async function write(n, k) {
  const mine = [...own.entries()].filter(([id]) => id.startsWith(`location:synthetic-soak-${n}-`));
  const [id, state] = mine.at(-1) ?? [];
  if (k % 5 === 4) {
    const read = await post(`{ location(id: "${SHARED}") { version } }`);
    const version = read.body.data.location.version;
    const { status, body } = await post(`mutation { updateLocation(input: { id: "${SHARED}", version: ${version}, name: "shared ${n} ${k}", ${cite()} })
      { location { version } errors { __typename } } }`);
    const errors = body.data?.updateLocation?.errors ?? [{ __typename: `HTTP ${status}` }];
    if (errors.length === 0) { sharedAcknowledged++; return null; }
    if (errors[0].__typename === "StaleVersionError") { staleShared++; return null; }
    // Not acknowledged, but it may have landed: the check at the end must not count it either way.
    sharedUnknown++;
    return [kindOf("shared", status, body), `shared: ${JSON.stringify(body).slice(0, 200)}`];
  }
  if (!state || state.version > UPDATES_PER_NODE) {
    const next = `location:synthetic-soak-${n}-${mine.length}`;
    const { status, body } = await post(`mutation { createLocation(input: {
      id: "${next}", name: "soak ${n} 0", synthetic: true, ${cite()} }) { location { version } errors { __typename } } }`);
    if (body.data?.createLocation?.location?.version !== 1) {
      return [kindOf("create", status, body), `create: ${JSON.stringify(body).slice(0, 200)}`];
    }
    own.set(next, { version: 1, name: `soak ${n} 0` });
    return null;
  }
  const name = `soak ${n} ${state.version}`;
  const { status, body } = await post(`mutation { updateLocation(input: {
    id: "${id}", version: ${state.version}, name: "${name}", ${cite()} }) { location { version } errors { __typename } } }`);
  if (body.data?.updateLocation?.location?.version !== state.version + 1) {
    // The error is counted once; the node is then read back, so a write that failed after landing does not turn every
    // later update of this node into a stale refusal (one failure, one error).
    const stored = (await post(`{ location(id: "${id}") { name version } }`)).body.data?.location;
    if (stored) own.set(id, { version: stored.version, name: stored.name });
    return [kindOf("update", status, body), `update: ${JSON.stringify(body).slice(0, 200)}`];
  }
  own.set(id, { version: state.version + 1, name });
  return null;
}

const latencies = [];
let requests = 0, errors = 0, firstError = "";
const errorKinds = new Map(); // "<query or write kind>: <HTTP status> <extensions.code or typename>" -> count
const kindOf = (what, status, body) =>
  `${what}: ${status} ${body?.errors?.[0]?.extensions?.code ?? JSON.stringify(body?.data ?? body).slice(0, 80)}`;
const fail = (kind, detail) => { errors++; firstError ||= detail; errorKinds.set(kind, (errorKinds.get(kind) ?? 0) + 1); };
const rss = () => {
  try { return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))[1]) / 1024; } catch { return NaN; }
};

async function worker(deadline, n) {
  let i = n, k = 0;
  while (Date.now() < deadline) {
    const [name, query] = reads[i++ % reads.length];
    const started = performance.now();
    if (token && i % WRITE_EVERY === 0) {
      try {
        const failed = await write(n, k++);
        writes++;
        if (failed) fail(...failed);
      } catch (e) {
        fail(`write: ${e.name}`, `write: ${e}`);
      }
      latencies.push(performance.now() - started);
      requests++;
      continue;
    }
    try {
      const response = await fetch(url, {
        method: "POST",
        headers,
        body: JSON.stringify({ query, operationName: query.startsWith("query") ? name : undefined }),
      });
      const body = await response.json();
      if (response.status !== 200 || body.errors) {
        fail(kindOf(name, response.status, body), `${name}: ${response.status} ${JSON.stringify(body).slice(0, 200)}`);
      }
    } catch (e) {
      fail(`${name}: ${e.name}`, `${name}: ${e}`);
    }
    latencies.push(performance.now() - started);
    requests++;
  }
}

const percentile = (sorted, p) => sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] : NaN;
if (token) {
  source = (await post(`{ sources(first: 1, order: [{ id: ASC }]) { nodes { id } } }`)).body.data.sources.nodes[0].id;
  const { body } = await post(`mutation { createLocation(input: { id: "${SHARED}", name: "shared", synthetic: true, ${cite()} }) { errors { __typename } } }`);
  if (body.data?.createLocation?.errors?.length !== 0) throw new Error(`cannot create the shared node: ${JSON.stringify(body)}`);
}

const deadline = Date.now() + Number(seconds) * 1000;
let minute = 0;
const report = () => {
  minute++;
  const sorted = latencies.splice(0).sort((a, b) => a - b);
  console.log(`minute ${String(minute).padStart(2)}: ${String(sorted.length).padStart(6)} requests, ${errors} errors so far, ` +
    `p50 ${percentile(sorted, 0.5).toFixed(1)} ms, p99 ${percentile(sorted, 0.99).toFixed(1)} ms, ` +
    `RSS ${rss().toFixed(0)} MiB, GC heap ${heap.toFixed(0)} MiB, ` +
    `load ${loadavg().map((l) => l.toFixed(1)).join(" ")}`);
};
// The managed heap after the last GC (the server's /metrics, .NET's System.Runtime meter), beside RSS: it tells our
// objects apart from native memory (SQLite page caches, sockets, the runtime itself).
const metricsUrl = new URL("/metrics", url).href;
let heap = NaN;
const sampleHeap = async () => {
  try {
    const text = await (await fetch(metricsUrl)).text();
    heap = text.split("\n").filter((l) => l.startsWith("dotnet_gc_last_collection_heap_size_bytes"))
      .reduce((sum, l) => sum + Number(l.split(" ").at(-1)), 0) / 1048576;
  } catch { heap = NaN; }
};
const heapTimer = setInterval(sampleHeap, 60_000 - 2_000);
const timer = setInterval(report, 60_000);
await Promise.all(Array.from({ length: Number(connections) }, (_, n) => worker(deadline, n)));
clearInterval(timer);
clearInterval(heapTimer);
if (latencies.length > 0) report();
if (token) {
  // Lost writes: any own node not at the name and version its last acknowledged write gave it, or a shared count off.
  const ids = [...own.keys()];
  let lost = 0;
  for (let start = 0; start < ids.length; start += 200) {
    const slice = ids.slice(start, start + 200);
    const { body } = await post(`{ nodes(ids: ${JSON.stringify(slice)}) { id ... on Location { name version } } }`);
    body.data.nodes.forEach((node, j) => {
      const expected = own.get(slice[j]);
      if (!node || node.name !== expected.name || node.version !== expected.version) lost++;
    });
  }
  const shared = (await post(`{ location(id: "${SHARED}") { version } }`)).body.data.location.version;
  // Writes that failed without an answer may have landed: the shared node is between the acknowledged and that many more.
  if (shared < 1 + sharedAcknowledged || shared > 1 + sharedAcknowledged + sharedUnknown) lost++;
  errors += lost;
  console.log(`writes: ${writes} (${own.size} own nodes, ${sharedAcknowledged} shared updates acknowledged, ${staleShared} refused as stale), ` +
    `${lost} lost; shared node at version ${shared}`);
}
console.log(`total: ${requests} requests, ${errors} errors${firstError ? ` (first: ${firstError})` : ""}`);
for (const [kind, count] of [...errorKinds].sort((a, b) => b[1] - a[1])) console.log(`  ${count} × ${kind}`);
process.exit(errors > 0 ? 1 : 0);
