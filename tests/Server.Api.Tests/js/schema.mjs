// Checks our introspection with graphql-js: buildClientSchema must accept it, and printSchema of it must equal the SDL
// served at /graphql/schema.graphql once both are sorted the same way (lexicographicSortSchema). The introspection query
// asks for everything the chosen graphql-js can ask for (graphql 17: the GraphQL spec's September 2025 edition).
// Usage: node schema.mjs <server base url> [graphql | graphql17]. Prints one JSON line:
// { version, query, accepted, equal, fromIntrospection, fromSdl, introspection, error }.
const [, , baseUrl, packageName = 'graphql'] = process.argv;
const output = { version: '', query: '', accepted: false, equal: false, fromIntrospection: '', fromSdl: '', introspection: null, error: null };
try {
  const { buildClientSchema, buildSchema, getIntrospectionQuery, lexicographicSortSchema, printSchema, version } = await import(packageName);
  output.version = version;
  const query = getIntrospectionQuery({
    descriptions: true,
    specifiedByUrl: true,
    directiveIsRepeatable: true,
    schemaDescription: true,
    inputValueDeprecation: true,
    oneOf: true,
  });
  output.query = query;
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(`introspection failed: ${JSON.stringify(body.errors)}`);
  output.introspection = body.data;
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
