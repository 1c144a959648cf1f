// The raw floor of bench/: a minimal Node server that answers each question with one hand-written Cypher statement
// through neo4j-driver (see bench/README.md). POST /q/<statement name> with the parameters as a JSON object; the
// answer is the statement's single row as JSON. Environment: NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, PORT.
import { createServer } from "node:http";
import neo4j from "neo4j-driver";
import { statements } from "./queries.mjs";

const driver = neo4j.driver(process.env.NEO4J_URI, neo4j.auth.basic(process.env.NEO4J_USER ?? "neo4j", process.env.NEO4J_PASSWORD ?? ""), {
  disableLosslessIntegers: true,
  maxConnectionPoolSize: 100,
});
const config = { routing: neo4j.routing.READ, database: "neo4j" };

// JSON has one number type; Cypher needs integers where it counts or limits.
const typed = (value) => Number.isInteger(value) ? neo4j.int(value) : value;

async function answer(name, body) {
  const cypher = statements[name];
  if (cypher === undefined) {
    return [404, { error: `no statement ${name}` }];
  }
  const parameters = Object.fromEntries(Object.entries(JSON.parse(body || "{}")).map(([k, v]) => [k, typed(v)]));
  const { records } = await driver.executeQuery(cypher, parameters, config);
  return [200, { data: records.length === 0 ? null : records[0].toObject() }];
}

const server = createServer((request, response) => {
  const chunks = [];
  request.on("data", (chunk) => chunks.push(chunk));
  request.on("end", () => {
    const name = (request.url ?? "").replace(/^\/q\//, "");
    answer(name, Buffer.concat(chunks).toString("utf8"))
      .catch((error) => [500, { error: String(error?.message ?? error) }])
      .then(([status, payload]) => {
        const text = JSON.stringify(payload);
        response.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
        response.end(text);
      });
  });
});
server.keepAliveTimeout = 60_000;
const port = Number(process.env.PORT ?? 4002);
server.listen(port, "127.0.0.1", () => console.log(`hand-written Cypher ready on http://127.0.0.1:${port}/q/`));

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => server.close(() => driver.close().then(() => process.exit(0))));
}
