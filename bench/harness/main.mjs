// The harness behind bench/run.sh: reads the run's settings (a JSON file run.sh writes), draws inputs from the
// graph, checks every server's answers, measures db hits, runs the load cells and writes the results.
// Exit codes: 0 done; 1 an answer mismatch, a failed request or a load error (the message says which).
import { readFileSync, writeFileSync } from "node:fs";
import neo4j from "neo4j-driver";
import { statements as handWritten } from "../cypher/queries.mjs";
import { checkAnswers } from "./check.mjs";
import { warmUp, measure } from "./load.mjs";
import { readPools, graphCounts } from "./pools.mjs";
import { loadAverage } from "./proc.mjs";
import { profileShapes } from "./profile.mjs";
import { seeded } from "./random.mjs";
import { renderResults } from "./report.mjs";
import { dialectOf } from "./requests.mjs";
import { shapes as allShapes } from "./shapes.mjs";

const settings = JSON.parse(readFileSync(process.argv[2], "utf8"));
const log = (line) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}`);
// Only for trying the harness against a server whose schema still has other names; RESULTS.md says when it was used.
const oursOverride = settings.oursQueries ? (await import(settings.oursQueries)).ours : undefined;
const shapes = settings.shapes ? allShapes.filter((s) => settings.shapes.includes(s.name)) : allShapes;

const driver = neo4j.driver(settings.neo4j.uri, neo4j.auth.basic(settings.neo4j.user, settings.neo4j.password), { disableLosslessIntegers: true });
try {
  const pools = await readPools(driver);
  const inputs = new Map(shapes.map((shape, k) => {
    const rng = seeded(1000 + k);
    return [shape.name, Array.from({ length: settings.inputsPerShape }, () => shape.pick(pools, rng))];
  }));
  const inputsOf = (shape) => inputs.get(shape.name);
  const servers = settings.servers.filter((s) => !s.captureOnly);

  log(`checking answers of ${servers.map((s) => s.name).join(", ")} on ${settings.checkInputs} inputs per shape`);
  await checkAnswers({ shapes, servers, inputsOf, count: settings.checkInputs, oursOverride, log });

  const capture = settings.servers.find((s) => s.captureOnly);
  let dbHits = [];
  if (capture) {
    log("profiling our statements and the hand-written ones");
    dbHits = await profileShapes({
      driver, shapes, capture, statementLog: settings.statementLog, inputsOf, count: settings.profileInputs, handWritten, oursOverride,
    });
    process.kill(capture.pid, "SIGTERM");
  }

  const machineLoadBefore = loadAverage();
  const cells = [];
  const warmed = new Set();
  for (const shape of shapes) {
    // Every server warms up on the question before any cell of it is measured: the first cell of a run otherwise
    // also measured Neo4j's own warm-up (its JVM compiling; a fresh Neo4j spent 9.0 ms of CPU per request on the
    // first cell, ours at one connection, against 2.8 on the floor's cell 40 s later), and ours always ran it.
    for (const server of servers) {
      const dialect = dialectOf(shape, server, oursOverride);
      // A server's first question also warms the process (JIT, tiering): it gets the longer first warm-up.
      const seconds = warmed.has(server.name) ? settings.warmupSeconds : Math.max(settings.firstWarmupSeconds ?? 0, settings.warmupSeconds);
      await warmUp(server, inputsOf(shape).map(dialect.body), dialect.path, seconds);
      warmed.add(server.name);
    }
    for (const [round, connections] of settings.concurrencies.entries()) {
      // Servers take turns; the order rotates each round so none always runs first after another's load.
      const order = servers.map((_, k) => servers[(k + round) % servers.length]);
      for (const server of order) {
        const dialect = dialectOf(shape, server, oursOverride);
        const bodies = inputsOf(shape).map(dialect.body);
        const result = await measure({
          server, bodies, path: dialect.path, connections, seconds: settings.seconds, neo4jPid: settings.neo4j.pid,
        });
        cells.push({ shape: shape.name, server: server.name, connections, ...result });
        log(`${shape.name} c=${connections} ${server.name}: ${result.rps.toFixed(0)} rps, p50 ${result.p50?.toFixed(1)} ms, `
          + `p99 ${result.p99?.toFixed(1)} ms, ${result.errors} errors`);
      }
    }
  }

  const counts = await graphCounts(driver);
  const { records } = await driver.executeQuery("CALL dbms.components() YIELD name, versions, edition RETURN versions[0] AS v, edition", {}, { database: "system" });
  const report = renderResults({
    settings, shapes, servers, cells, dbHits, counts,
    neo4jVersion: `${records[0].get("v")} ${records[0].get("edition")}`,
    machineLoad: { before: machineLoadBefore, after: loadAverage() },
  });
  writeFileSync(settings.results, report);
  // The raw cells beside the report, so the tables can be rendered again without another run.
  writeFileSync(`${settings.statementLog}.results.json`, JSON.stringify({ cells, dbHits, counts, machineLoadBefore }, null, 1));
  log(`results written to ${settings.results}`);
  const failed = cells.filter((c) => c.errors > 0 || c.requests === 0);
  if (failed.length > 0) {
    log(`FAILED: errors in ${failed.map((c) => `${c.shape} c=${c.connections} ${c.server} (${c.errors} of ${c.requests})`).join(", ")}`);
    process.exitCode = 1;
  }
} catch (error) {
  log(error.message);
  process.exitCode = 1;
} finally {
  await driver.close();
}
