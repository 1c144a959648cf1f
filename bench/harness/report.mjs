// RESULTS.md: the machine, the versions, the graph, then per question the load cells, the ratios the issue's targets
// are stated in, and db hits. Every number comes from this run.
import { readFileSync } from "node:fs";
import os from "node:os";

const packageVersion = (from, name) => {
  try {
    return JSON.parse(readFileSync(new URL(`../${from}/node_modules/${name}/package.json`, import.meta.url), "utf8")).version;
  } catch {
    return "?";
  }
};
const fixed = (value, digits = 1) => (value == null || Number.isNaN(value) ? "–" : value.toFixed(digits));
const ratio = (a, b) => (a && b ? (a / b).toFixed(2) : "–");

// A target as "value ✓" or "value ✗ −24 %" (how far from the target, relative to it); `atMost` for upper bounds.
const target = (value, goal, atMost = false) => {
  if (value == null || Number.isNaN(value) || !Number.isFinite(value)) return "–";
  const met = atMost ? value <= goal : value >= goal;
  const off = Math.round((value / goal - 1) * 100);
  return met ? `${value.toFixed(2)} ✓` : `${value.toFixed(2)} ✗ ${off > 0 ? "+" : "−"}${Math.abs(off)} %`;
};

export function renderResults({ settings, shapes, servers, cells, dbHits, counts, neo4jVersion, machineLoad }) {
  const cpu = os.cpus();
  const lines = [];
  const cell = (shape, server, connections) => cells.find((c) => c.shape === shape && c.server === server && c.connections === connections);
  lines.push(`# Benchmark results${settings.smoke ? " (smoke run: tiny cells, numbers mean nothing)" : ""}`, "");
  lines.push(`Written by \`bench/run.sh${settings.smoke ? " --smoke" : ""}\` on ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC `
    + `at commit \`${settings.commit}\`${settings.oursQueries ? " with our queries overridden by " + settings.oursQueries : ""}. `
    + "How to read and rerun: `bench/README.md`.", "");
  lines.push("## Machine and versions", "");
  lines.push(`- Machine: ${cpu[0]?.model ?? "?"}, ${cpu.length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB; load average `
    + `${machineLoad.before} before the load cells, ${machineLoad.after} after (other work on the machine shares the cores).`);
  lines.push(`- Neo4j ${neo4jVersion} (heap ${settings.neo4j.heap}), from ../shared/neo4j, same machine.`);
  lines.push(`- .NET SDK ${settings.versions.dotnet}; our server built ${settings.configuration}.`);
  lines.push(`- Node ${process.version}; @neo4j/graphql ${packageVersion("neo4j-graphql", "@neo4j/graphql")}, graphql-yoga `
    + `${packageVersion("neo4j-graphql", "graphql-yoga")}, graphql ${packageVersion("neo4j-graphql", "graphql")}; neo4j-driver `
    + `${packageVersion("cypher", "neo4j-driver")} (floor), ${packageVersion("neo4j-graphql", "neo4j-driver")} (@neo4j/graphql); `
    + `load generator undici ${packageVersion("harness", "undici")}.`);
  lines.push(`- Graph: \`generate --nodes ${settings.graph.nodes} --seed ${settings.graph.seed}\`, loaded once into Neo4j and once into the `
    + "embedded store: " + counts.labels.map((l) => `${l.n} ${l.label}`).join(", ") + "; "
    + counts.types.map((t) => `${t.n} ${t.type}`).join(", ") + ".");
  lines.push(`- Load: closed loop, keep-alive, ${settings.concurrencies.join(" / ")} connections, ${settings.seconds} s per cell after `
    + `${settings.warmupSeconds} s of warm-up per server and question `
    + `(${settings.firstWarmupSeconds ?? settings.warmupSeconds} s for a server's first question); `
    + "servers take turns within each cell row; "
    + `${settings.inputsPerShape} inputs per question, rotating; answers checked on ${settings.checkInputs} inputs first.`, "");

  lines.push("## Servers", "");
  for (const server of servers) lines.push(`- **${server.name}**: ${server.description}`);
  lines.push("");

  const ours = "ours-neo4j";
  lines.push("## Summary: our requests per second as a share of the others'", "");
  lines.push("Targets of issue 13: ours ≥ 2× @neo4j/graphql and ≥ 0.9× the floor; embedded ≥ 3× ours on Neo4j.", "");
  lines.push("| question | connections | ours / @neo4j/graphql | ours / floor | ours p99 / floor p99 | embedded / floor | embedded / ours |");
  lines.push("|---|---:|---:|---:|---:|---:|---:|");
  for (const shape of shapes) {
    for (const c of settings.concurrencies) {
      const [o, g, f, e] = [ours, "neo4j-graphql", "cypher", "ours-embedded"].map((s) => cell(shape.name, s, c));
      lines.push(`| ${shape.name} | ${c} | ${ratio(o?.rps, g?.rps)} | ${ratio(o?.rps, f?.rps)} | ${ratio(o?.p99, f?.p99)} `
        + `| ${ratio(e?.rps, f?.rps)} | ${ratio(e?.rps, o?.rps)} |`);
    }
  }
  lines.push("");

  lines.push("## Targets per cell: met (✓) or missed (✗, and by how much relative to the target)", "");
  lines.push("Targets of issue 13: ours ≥ 2× @neo4j/graphql rps; ours ≥ 0.9× the floor's rps; ours p99 ≤ 1.2× the floor's; our db hits ≤ "
    + "the hand-written statement's (per question); no errors (ours on Neo4j and embedded); embedded ≥ 3× ours on Neo4j (rps).", "");
  lines.push("| question | conn | ours / @neo4j/graphql ≥ 2 | ours / floor ≥ 0.9 | p99 ours / floor ≤ 1.2 | db hits ours / hand ≤ 1 | errors | embedded / ours ≥ 3 |");
  lines.push("|---|---:|---|---|---|---|---|---|");
  for (const shape of shapes) {
    const hits = dbHits.find((row) => row.shape === shape.name);
    for (const c of settings.concurrencies) {
      const [o, g, f, e] = [ours, "neo4j-graphql", "cypher", "ours-embedded"].map((name) => cell(shape.name, name, c));
      const errors = (o?.errors ?? 0) + (e?.errors ?? 0);
      lines.push(`| ${shape.name} | ${c} | ${target(o?.rps / g?.rps, 2)} | ${target(o?.rps / f?.rps, 0.9)} | ${target(o?.p99 / f?.p99, 1.2, true)} `
        + `| ${hits ? target(hits.ourDbHits / hits.handDbHits, 1, true) : "–"} | ${errors === 0 ? "0 ✓" : `${errors} ✗`} `
        + `| ${target(e?.rps / o?.rps, 3)} |`);
    }
  }
  lines.push("");

  if (dbHits.length > 0) {
    lines.push("## Db hits per request (PROFILE, averaged over the profiled inputs)", "");
    lines.push("| question | our statements per request | our db hits | hand-written db hits | ours / hand-written |");
    lines.push("|---|---:|---:|---:|---:|");
    for (const row of dbHits) {
      lines.push(`| ${row.shape} | ${fixed(row.statements)} | ${fixed(row.ourDbHits, 0)} | ${fixed(row.handDbHits, 0)} | ${ratio(row.ourDbHits, row.handDbHits)} |`);
    }
    lines.push("");
  }

  lines.push("## Every cell", "");
  for (const shape of shapes) {
    lines.push(`### ${shape.name}`, "", shape.question + ".", "");
    lines.push("| connections | server | rps | p50 ms | p99 ms | errors | server CPU ms/req | Neo4j CPU ms/req | load generator CPU ms/req | RSS MB |");
    lines.push("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (const c of settings.concurrencies) {
      for (const server of servers) {
        const x = cell(shape.name, server.name, c);
        if (!x) continue;
        lines.push(`| ${c} | ${server.name} | ${fixed(x.rps, 0)} | ${fixed(x.p50)} | ${fixed(x.p99)} | ${x.errors} | `
          + `${fixed(x.serverCpuMs, 2)} | ${fixed(x.neo4jCpuMs, 2)} | ${fixed(x.harnessCpuMs, 2)} | ${x.rssMb ?? "–"} |`);
      }
    }
    lines.push("");
  }
  return lines.join("\n");
}
