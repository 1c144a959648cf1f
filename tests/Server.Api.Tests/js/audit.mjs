// Runs the graphql-http audit (GraphQL-over-HTTP conformance) against a running server.
// Usage: node audit.mjs <endpoint url>. Prints one JSON line: { ok, warn, error, results: [{ id, name, status, reason }] }.
import { auditServer } from 'graphql-http';

const [, , url] = process.argv;
const results = await auditServer({ url });
const count = (status) => results.filter((r) => r.status === status).length;
console.log(JSON.stringify({
  ok: count('ok'),
  warn: count('warn'),
  error: count('error'),
  results: results.map((r) => ({ id: r.id, name: r.name, status: r.status, reason: r.reason ?? null })),
}));
