// Db hits per question: the statements our server ran for one request (from its statement log, GRAPH_STATEMENT_LOG)
// and the hand-written statement, each run under PROFILE once warm. Summed over the plan's operators.
import { readFileSync, truncateSync } from "node:fs";
import neo4j from "neo4j-driver";
import { ask, dialectOf } from "./requests.mjs";

const typed = (value) => {
  if (Number.isInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(typed);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, typed(v)]));
  return value;
};

const dbHits = (plan) => (plan ? Number(plan.dbHits ?? 0) + (plan.children ?? []).reduce((sum, child) => sum + dbHits(child), 0) : 0);

async function profile(driver, cypher, parameters) {
  const config = { database: "neo4j", routing: neo4j.routing.READ };
  await driver.executeQuery(cypher, parameters, config);
  const { summary } = await driver.executeQuery(`PROFILE ${cypher}`, parameters, config);
  return dbHits(summary.profile);
}

/** For each shape, over `inputs`: our statements per request and their db hits, and the hand-written statement's. */
export async function profileShapes({ driver, shapes, capture, statementLog, inputsOf, count, handWritten, oursOverride }) {
  const rows = [];
  for (const shape of shapes) {
    let ourHits = 0;
    let ourStatements = 0;
    let handHits = 0;
    const inputs = inputsOf(shape).slice(0, count);
    for (const input of inputs) {
      truncateSync(statementLog, 0);
      const dialect = dialectOf(shape, capture, oursOverride);
      await ask(capture, dialect, input);
      const statements = readFileSync(statementLog, "utf8").split("\n").filter(Boolean).map((line) => JSON.parse(line));
      ourStatements += statements.length;
      for (const statement of statements) {
        ourHits += await profile(driver, statement.cypher, typed(statement.parameters));
      }
      handHits += await profile(driver, handWritten[shape.cypher.statement], typed(shape.cypher.parameters(input)));
    }
    rows.push({
      shape: shape.name,
      statements: ourStatements / inputs.length,
      ourDbHits: ourHits / inputs.length,
      handDbHits: handHits / inputs.length,
    });
  }
  return rows;
}
