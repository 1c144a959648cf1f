// One request per (server, shape, input): its HTTP body, and reading the answer back into the canonical form.
import { request } from "undici";

/** The dialect a server speaks: our GraphQL, @neo4j/graphql's GraphQL, or the hand-written Cypher floor. */
export function dialectOf(shape, server, oursOverride) {
  if (server.kind === "cypher") {
    return {
      path: `/q/${shape.cypher.statement}`,
      body: (input) => JSON.stringify(shape.cypher.parameters(input)),
      answer: (payload) => shape.cypher.answer(payload.data),
    };
  }
  const own = server.kind === "ours" ? shape.ours : shape.neo4jGraphql;
  const override = server.kind === "ours" ? oursOverride?.[shape.name] : undefined;
  const query = override?.query ?? own.query;
  return {
    path: "/graphql",
    body: (input) => JSON.stringify({ query, variables: own.variables(input) }),
    answer: (payload) => own.answer(override ? override.map(payload.data) : payload.data),
  };
}

/** Sends one request and returns the parsed payload; throws with the server's words on an HTTP or GraphQL error. */
export async function ask(server, dialect, input) {
  const response = await request(server.url + dialect.path, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: dialect.body(input),
  });
  const text = await response.body.text();
  let payload;
  try {
    payload = JSON.parse(text);
  } catch {
    throw new Error(`${server.name}: HTTP ${response.statusCode}, not JSON: ${text.slice(0, 300)}`);
  }
  if (response.statusCode !== 200 || payload.errors || payload.error) {
    throw new Error(`${server.name}: HTTP ${response.statusCode}: ${JSON.stringify(payload.errors ?? payload.error).slice(0, 600)}`);
  }
  return payload;
}
