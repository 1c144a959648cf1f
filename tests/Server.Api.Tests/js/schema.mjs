// Checks our introspection with graphql-js: buildClientSchema must accept it, and printSchema of it must equal the SDL
// served at /graphql/schema.graphql once both are sorted the same way (lexicographicSortSchema).
// Usage: node schema.mjs <server base url>. Prints one JSON line: { accepted, equal, fromIntrospection, fromSdl, error }.
import { buildClientSchema, buildSchema, getIntrospectionQuery, lexicographicSortSchema, printSchema } from 'graphql';

const [, , baseUrl] = process.argv;
const output = { accepted: false, equal: false, fromIntrospection: '', fromSdl: '', error: null };
try {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({
      query: getIntrospectionQuery({ descriptions: true, schemaDescription: true, specifiedByUrl: true, directiveIsRepeatable: true, oneOf: true }),
    }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(`introspection failed: ${JSON.stringify(body.errors)}`);
  const fromIntrospection = buildClientSchema(body.data);
  output.accepted = true;
  output.fromIntrospection = printSchema(lexicographicSortSchema(fromIntrospection));

  const sdl = await (await fetch(`${baseUrl}/graphql/schema.graphql`)).text();
  output.fromSdl = printSchema(lexicographicSortSchema(buildSchema(sdl)));
  output.equal = output.fromIntrospection === output.fromSdl;
} catch (error) {
  output.error = String(error?.stack ?? error);
}
console.log(JSON.stringify(output));
