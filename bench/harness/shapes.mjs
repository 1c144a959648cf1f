// The questions of the benchmark, each asked of every server in its own schema: our GraphQL (the names of SPEC.md:
// relationship fields are connections), @neo4j/graphql's generated schema (bench/neo4j-graphql/typeDefs.graphql) and
// the hand-written Cypher of bench/cypher/queries.mjs. `answer` turns a response's data into the canonical form the
// answer check compares; `pick` draws one input from the pools of ids read from the loaded graph.
import { byId, channel, named, nodesOf, number, statuses, word } from "./canonical.mjs";

const PATH_TYPES = "[RECRUITED, OPERATES, ANSWERED, ADVERTISED_ON, PLACED]";
const NEIGHBORHOOD_TYPES = "[PLACED, ADVERTISED_ON, OPERATES, TARGETS]";
const NEIGHBORHOOD_FIRST = 200;
const PATHS_FIRST = 25;

const offerRow = (o) => ({
  id: o.id,
  promisedRole: o.promisedRole ?? null,
  salaryAmount: number(o.salaryAmount),
  advertisedOn: byId(nodesOf(o.advertisedOn).map(channel)),
  targets: byId(nodesOf(o.targets).map(named)),
  placedBy: byId(nodesOf(o.placedBy).map(named)),
});

const traceOf = (f) => f && ({
  id: f.id,
  alias: f.alias,
  status: word(f.status),
  answered: byId(nodesOf(f.answered).map((o) => ({
    id: o.id,
    promisedRole: o.promisedRole ?? null,
    advertisedOn: byId(nodesOf(o.advertisedOn).map(channel)),
    placedBy: byId(nodesOf(o.placedBy).map(named)),
  }))),
  servedIn: byId(nodesOf(f.servedIn).map((u) => ({
    id: u.id, name: u.name, kind: word(u.kind), deployedTo: byId(nodesOf(u.deployedTo).map(named)),
  }))),
  subjectOf: byId(nodesOf(f.subjectOf).map((e) => {
    const location = Array.isArray(e.location) ? e.location[0] : e.location;
    return { id: e.id, kind: word(e.kind), date: e.date ?? null, location: location ? named(location) : null };
  })),
});

const recruiterOf = (r, recruitedCount) => r && ({
  id: r.id,
  name: r.name,
  kind: word(r.kind),
  placed: nodesOf(r.placed).map((o) => ({
    id: o.id,
    promisedRole: o.promisedRole ?? null,
    targets: byId(nodesOf(o.targets).map(named)),
    advertisedOn: byId(nodesOf(o.advertisedOn).map((c) => ({ id: c.id, handle: c.handle }))),
  })),
  recruitedCount: number(recruitedCount),
});

const funnelOf = (c, targetedByCount, countOf) => c && ({
  id: c.id,
  name: c.name,
  targetedBy: nodesOf(c.targetedBy).map((o) => ({ id: o.id, promisedRole: o.promisedRole ?? null, salaryAmount: number(o.salaryAmount) })),
  targetedByCount: number(targetedByCount),
  citizensByStatus: Object.fromEntries(statuses.map((s) => [s, number(countOf(s) ?? 0)])),
});

const subgraphOf = (nodeIds, relationships, truncated) => ({
  nodeIds: [...nodeIds].sort(),
  relationships: relationships.map((r) => `${r.from} ${word(r.type)} ${r.to}`).sort(),
  truncated: Boolean(truncated),
});

const pathsOf = (paths) => paths.map((p) => ({ length: number(p.length), nodeIds: p.nodeIds })).sort((a, b) =>
  a.length - b.length || (a.nodeIds.join(" ") < b.nodeIds.join(" ") ? -1 : 1));

const statusCounts = (prefix) => statuses.map((s) => `${s}: ${prefix(s)}`).join("\n    ");

export const shapes = [
  {
    name: "filtered-list",
    question: "Offers paying at least a salary in one language, first 20 by id, with their channels, targets and recruiter",
    pick: (pools, rng) => ({ minSalary: 1500 + 100 * rng.below(16), language: rng.pick(pools.languages) }),
    ours: {
      query: `query ($minSalary: Float!, $language: String!) {
  offers(first: 20, where: { salaryAmount: { gte: $minSalary }, language: { eq: $language } }, order: [{ id: ASC }]) {
    nodes { id promisedRole salaryAmount
      advertisedOn(first: 10) { nodes { id platform } }
      targets(first: 10) { nodes { id name } }
      placedBy(first: 10) { nodes { id name } } } } }`,
      variables: (i) => i,
      answer: (d) => nodesOf(d.offers).map(offerRow),
    },
    neo4jGraphql: {
      query: `query ($minSalary: Float!, $language: String!) {
  offers(where: { salaryAmount: { gte: $minSalary }, language: { eq: $language } }, sort: [{ id: ASC }], limit: 20) {
    id promisedRole salaryAmount advertisedOn { id platform } targets { id name } placedBy { id name } } }`,
      variables: (i) => i,
      answer: (d) => d.offers.map(offerRow),
    },
    cypher: { statement: "offersFiltered", parameters: (i) => i, answer: (d) => d.offers.map(offerRow) },
  },
  {
    name: "fighter-trace",
    question: "A fighter's trace: offers answered with their channels and recruiters, units and their locations, events and their places",
    pick: (pools, rng) => ({ id: rng.pick(pools.fighters) }),
    ours: {
      query: `query ($id: ID!) {
  fighter(id: $id) { id alias status
    answered(first: 10) { nodes { id promisedRole
      advertisedOn(first: 10) { nodes { id platform } }
      placedBy(first: 10) { nodes { id name } } } }
    servedIn(first: 10) { nodes { id name kind deployedTo(first: 10) { nodes { id name } } } }
    subjectOf(first: 10) { nodes { id kind date location { id name } } } } }`,
      variables: (i) => i,
      answer: (d) => traceOf(d.fighter),
    },
    neo4jGraphql: {
      query: `query ($id: ID!) {
  fighters(where: { id: { eq: $id } }) { id alias status
    answered { id promisedRole advertisedOn { id platform } placedBy { id name } }
    servedIn { id name kind deployedTo { id name } }
    subjectOf { id kind date location { id name } } } }`,
      variables: (i) => i,
      answer: (d) => traceOf(d.fighters[0] ?? null),
    },
    cypher: { statement: "fighterTrace", parameters: (i) => i, answer: (d) => traceOf(d?.fighter ?? null) },
  },
  {
    name: "recruiter-offers",
    question: "A recruiter with its first 10 offers by id, their targets and channels, and how many fighters it recruited",
    pick: (pools, rng) => ({ id: rng.pick(pools.recruiters) }),
    ours: {
      query: `query ($id: ID!) {
  recruiter(id: $id) { id name kind
    placed(first: 10, order: [{ id: ASC }]) { nodes { id promisedRole
      targets(first: 10) { nodes { id name } }
      advertisedOn(first: 10) { nodes { id handle } } } }
    recruited { totalCount } } }`,
      variables: (i) => i,
      answer: (d) => recruiterOf(d.recruiter, d.recruiter?.recruited?.totalCount),
    },
    neo4jGraphql: {
      query: `query ($id: ID!) {
  recruiters(where: { id: { eq: $id } }) { id name kind
    placed(sort: [{ id: ASC }], limit: 10) { id promisedRole targets { id name } advertisedOn { id handle } }
    recruitedConnection { totalCount } } }`,
      variables: (i) => i,
      answer: (d) => recruiterOf(d.recruiters[0] ?? null, d.recruiters[0]?.recruitedConnection.totalCount),
    },
    cypher: { statement: "recruiterOffers", parameters: (i) => i, answer: (d) => recruiterOf(d?.recruiter, d?.recruiter?.recruitedCount) },
  },
  {
    name: "country-funnel",
    question: "A country's funnel: the first 10 offers aimed at it and how many, and how many of its citizens are in each status",
    pick: (pools, rng) => ({ id: rng.pick(pools.countries) }),
    ours: {
      query: `query ($id: ID!) {
  country(id: $id) { id name
    targetedBy(first: 10, order: [{ id: ASC }]) { totalCount nodes { id promisedRole salaryAmount } }
    ${statusCounts((s) => `citizens(where: { status: { eq: ${s.toUpperCase()} } }) { totalCount }`)} } }`,
      variables: (i) => i,
      answer: (d) => funnelOf(d.country, d.country?.targetedBy?.totalCount, (s) => d.country?.[s]?.totalCount),
    },
    neo4jGraphql: {
      query: `query ($id: ID!) {
  countries(where: { id: { eq: $id } }) { id name
    targetedBy(sort: [{ id: ASC }], limit: 10) { id promisedRole salaryAmount }
    targetedByConnection { totalCount }
    ${statusCounts((s) => `citizensConnection(where: { node: { status: { eq: "${s}" } } }) { totalCount }`)} } }`,
      variables: (i) => i,
      answer: (d) => {
        const c = d.countries[0] ?? null;
        return funnelOf(c, c?.targetedByConnection.totalCount, (s) => c?.[s]?.totalCount);
      },
    },
    cypher: {
      statement: "countryFunnel",
      parameters: (i) => i,
      answer: (d) => funnelOf(d?.country, d?.country?.targetedByCount,
        (s) => d?.country?.citizensByStatus.find((g) => g.status === s)?.count),
    },
  },
  {
    name: "neighborhood",
    question: `Everything within two hops of an ad channel over PLACED, ADVERTISED_ON, OPERATES, TARGETS (first ${NEIGHBORHOOD_FIRST} nodes, closest first, ties by id) and the links between them`,
    pick: (pools, rng) => ({ id: rng.pick(pools.channels), first: NEIGHBORHOOD_FIRST }),
    ours: {
      query: `query ($id: ID!, $first: Int!) {
  neighborhood(ids: [$id], depth: 2, types: ${NEIGHBORHOOD_TYPES}, first: $first) {
    nodes { id } relationships { type from to } truncated } }`,
      variables: (i) => i,
      answer: (d) => subgraphOf(d.neighborhood.nodes.map((n) => n.id), d.neighborhood.relationships, d.neighborhood.truncated),
    },
    neo4jGraphql: {
      query: `query ($id: ID!, $first: Int!) { neighborhood(id: $id, first: $first) { nodeIds relationships { type from to } truncated } }`,
      variables: (i) => i,
      answer: (d) => subgraphOf(d.neighborhood.nodeIds, d.neighborhood.relationships, d.neighborhood.truncated),
    },
    cypher: { statement: "neighborhood", parameters: (i) => i, answer: (d) => subgraphOf(d.nodeIds, d.relationships, d.truncated) },
  },
  {
    name: "shortest-path",
    question: `Every shortest path of at most 4 hops from a fighter to an ad channel one of its recruiter's offers ran on, over RECRUITED, OPERATES, ANSWERED, ADVERTISED_ON, PLACED (first ${PATHS_FIRST} by the ids along them)`,
    pick: (pools, rng) => ({ ...rng.pick(pools.pathPairs), first: PATHS_FIRST }),
    ours: {
      query: `query ($from: ID!, $to: ID!, $first: Int!) {
  paths(from: $from, to: $to, maxHops: 4, shortestOnly: true, types: ${PATH_TYPES}, first: $first) { length nodes { id } } }`,
      variables: (i) => i,
      answer: (d) => pathsOf(d.paths.map((p) => ({ length: p.length, nodeIds: p.nodes.map((n) => n.id) }))),
    },
    neo4jGraphql: {
      query: `query ($from: ID!, $to: ID!, $first: Int!) { shortestPaths(from: $from, to: $to, first: $first) { length nodeIds } }`,
      variables: (i) => i,
      answer: (d) => pathsOf(d.shortestPaths),
    },
    cypher: { statement: "shortestPath", parameters: (i) => i, answer: (d) => pathsOf(d.paths) },
  },
];
