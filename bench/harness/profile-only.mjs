// Db hits alone (the harness's profile step without the other servers or the load): our statements for a few inputs
// per question, captured from a running server's statement log, next to the hand-written statement, both PROFILEd.
// Usage: node profile-only.mjs <ours url> <statement log> [inputs per question]; NEO4J_URI/USER/PASSWORD as for run.sh.
import neo4j from "neo4j-driver";
import { statements as handWritten } from "../cypher/queries.mjs";
import { readPools } from "./pools.mjs";
import { profileShapes } from "./profile.mjs";
import { seeded } from "./random.mjs";
import { shapes } from "./shapes.mjs";

const [url, statementLog, count = "3"] = process.argv.slice(2);
const driver = neo4j.driver(process.env.NEO4J_URI, neo4j.auth.basic(process.env.NEO4J_USER, process.env.NEO4J_PASSWORD),
  { disableLosslessIntegers: true });
try {
  const pools = await readPools(driver);
  const inputs = new Map(shapes.map((shape, k) => {
    const rng = seeded(1000 + k); // the same draws as run.sh
    return [shape.name, Array.from({ length: Number(count) }, () => shape.pick(pools, rng))];
  }));
  const rows = await profileShapes({
    driver, shapes, capture: { name: "ours", kind: "ours", url }, statementLog, inputsOf: (s) => inputs.get(s.name),
    count: Number(count), handWritten,
  });
  for (const row of rows) {
    console.log(`${row.shape.padEnd(18)} statements ${row.statements.toFixed(1)}  ours ${row.ourDbHits.toFixed(0).padStart(6)}  `
      + `hand ${row.handDbHits.toFixed(0).padStart(6)}  ours/hand ${(row.ourDbHits / row.handDbHits).toFixed(2)}`);
  }
} finally {
  await driver.close();
}
