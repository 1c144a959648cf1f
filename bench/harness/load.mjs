// Closed-loop load: `connections` workers on as many keep-alive connections, each sending its next request as soon
// as the previous answer is read, for a fixed time. Inputs rotate through a prepared list so every request differs.
import { Pool } from "undici";
import { cpuMs, residentMb } from "./proc.mjs";

const percentile = (sorted, p) => (sorted.length === 0 ? null : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]);

async function drive(server, bodies, path, connections, seconds, record) {
  const pool = new Pool(server.url, { connections, pipelining: 1, keepAliveTimeout: 60_000 });
  const deadline = performance.now() + seconds * 1000;
  let next = 0;
  const worker = async () => {
    while (performance.now() < deadline) {
      const body = bodies[next++ % bodies.length];
      const started = performance.now();
      let ok = false;
      try {
        const response = await pool.request({
          path, method: "POST", body,
          headers: { "content-type": "application/json", accept: "application/json" },
        });
        const text = await response.body.text();
        // A GraphQL error or the floor's error object: counted, never retried.
        ok = response.statusCode === 200 && !text.startsWith('{"errors"') && !text.includes('"errors":[') && !text.startsWith('{"error"');
      } catch {
        ok = false;
      }
      record(performance.now() - started, ok);
    }
  };
  await Promise.all(Array.from({ length: connections }, worker));
  await pool.close();
}

export async function warmUp(server, bodies, path, seconds) {
  await drive(server, bodies, path, 8, seconds, () => {});
}

/** One cell: a server, a shape, a concurrency. CPU of the server and of Neo4j over exactly the measured window. */
export async function measure({ server, bodies, path, connections, seconds, neo4jPid }) {
  const latencies = [];
  let errors = 0;
  const cpuBefore = { server: cpuMs(server.pid), neo4j: cpuMs(neo4jPid), harness: cpuMs(process.pid) };
  const started = performance.now();
  await drive(server, bodies, path, connections, seconds, (ms, ok) => {
    latencies.push(ms);
    if (!ok) errors++;
  });
  const elapsed = (performance.now() - started) / 1000;
  const cpu = {
    server: cpuMs(server.pid) - cpuBefore.server, neo4j: cpuMs(neo4jPid) - cpuBefore.neo4j, harness: cpuMs(process.pid) - cpuBefore.harness,
  };
  latencies.sort((a, b) => a - b);
  const requests = latencies.length;
  return {
    requests,
    errors,
    rps: requests / elapsed,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    serverCpuMs: requests ? cpu.server / requests : null,
    neo4jCpuMs: requests && server.usesNeo4j ? cpu.neo4j / requests : null,
    // The load generator shares the 2 cores: its own CPU per request tells how much of the machine it took.
    harnessCpuMs: requests ? cpu.harness / requests : null,
    rssMb: residentMb(server.pid),
  };
}
