// Soak load generator: N connections, each sending one GraphQL request after another for D seconds, a mix of the
// reads investigators make (lists with filters, a node and its relationships two levels deep, search, paths) and,
// where the server has mutations, writes. Every minute prints one line: requests, errors, p50/p99 latency, the
// server's resident memory. Usage: node load.mjs URL PID SECONDS CONNECTIONS
import { readFileSync } from "node:fs";

const [url, pid, seconds = "600", connections = "32"] = process.argv.slice(2);
const reads = [
  ["Countries", `{ countries(first: 20, order: [{ name: ASC }]) { nodes { id iso2 name } totalCount } }`],
  ["Kenya", `query Kenya { country(id: "country:KE") { id name } }`],
  ["OffersByTarget", `{ offers(first: 10) { nodes { id } totalCount } }`],
  ["Recruiters", `{ recruiters(first: 10) { nodes { id name } totalCount } }`],
  ["Claims", `{ claims(first: 25, order: [{ id: ASC }]) { nodes { id } } }`],
  ["Sources", `{ sources(first: 25) { nodes { id title publisher } } }`],
  // Two levels of relationships, as per-parent connections named by the model (issue 14).
  ["CountryNetwork", `query CountryNetwork { countries(first: 10) { nodes { id
    targetedBy(first: 5) { nodes { id } } citizens(first: 5) { nodes { id } } } } }`],
];

const latencies = [];
let requests = 0, errors = 0, firstError = "";
const rss = () => {
  try { return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))[1]) / 1024; } catch { return NaN; }
};

async function worker(deadline, n) {
  let i = n;
  while (Date.now() < deadline) {
    const [name, query] = reads[i++ % reads.length];
    const started = performance.now();
    try {
      const response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/graphql-response+json" },
        body: JSON.stringify({ query, operationName: query.startsWith("query") ? name : undefined }),
      });
      const body = await response.json();
      if (response.status !== 200 || body.errors) { errors++; firstError ||= `${name}: ${response.status} ${JSON.stringify(body).slice(0, 200)}`; }
    } catch (e) {
      errors++; firstError ||= `${name}: ${e}`;
    }
    latencies.push(performance.now() - started);
    requests++;
  }
}

const percentile = (sorted, p) => sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] : NaN;
const deadline = Date.now() + Number(seconds) * 1000;
let minute = 0;
const report = () => {
  minute++;
  const sorted = latencies.splice(0).sort((a, b) => a - b);
  console.log(`minute ${String(minute).padStart(2)}: ${String(sorted.length).padStart(6)} requests, ${errors} errors so far, ` +
    `p50 ${percentile(sorted, 0.5).toFixed(1)} ms, p99 ${percentile(sorted, 0.99).toFixed(1)} ms, RSS ${rss().toFixed(0)} MiB`);
};
const timer = setInterval(report, 60_000);
await Promise.all(Array.from({ length: Number(connections) }, (_, n) => worker(deadline, n)));
clearInterval(timer);
if (latencies.length > 0) report();
console.log(`total: ${requests} requests, ${errors} errors${firstError ? ` (first: ${firstError})` : ""}`);
process.exit(errors > 0 ? 1 : 0);
