// @neo4j/graphql on graphql-yoga: the comparison server of bench/ (see bench/README.md).
// Environment: NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, PORT. Serves POST /graphql.
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { Neo4jGraphQL } from "@neo4j/graphql";
import { createYoga } from "graphql-yoga";
import neo4j from "neo4j-driver";

const typeDefs = readFileSync(new URL("./typeDefs.graphql", import.meta.url), "utf8");
const driver = neo4j.driver(process.env.NEO4J_URI, neo4j.auth.basic(process.env.NEO4J_USER ?? "neo4j", process.env.NEO4J_PASSWORD ?? ""));
const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
// No GraphiQL, no request logging: the server does what a production deployment would do per request.
const yoga = createYoga({ schema, graphiql: false, logging: false, maskedErrors: false });
const server = createServer(yoga);
server.keepAliveTimeout = 60_000;
const port = Number(process.env.PORT ?? 4001);
server.listen(port, "127.0.0.1", () => console.log(`@neo4j/graphql ready on http://127.0.0.1:${port}/graphql`));

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => server.close(() => driver.close().then(() => process.exit(0))));
}
