// The ids the inputs are drawn from, read once from the loaded graph (the same graph every server answers from).
export async function readPools(driver) {
  const column = async (cypher) => (await driver.executeQuery(cypher, {}, { database: "neo4j" })).records.map((r) => r.get(0));
  const pools = {
    fighters: await column("MATCH (f:Fighter) RETURN f.id ORDER BY f.id"),
    recruiters: await column("MATCH (r:Recruiter) RETURN r.id ORDER BY r.id"),
    channels: await column("MATCH (c:AdChannel) RETURN c.id ORDER BY c.id"),
    countries: await column("MATCH (c:Country) WHERE EXISTS { (:Offer)-[:TARGETS]->(c) } RETURN c.id ORDER BY c.id"),
    languages: await column("MATCH (o:Offer) WHERE o.language IS NOT NULL RETURN DISTINCT o.language AS l ORDER BY l"),
  };
  // Path ends that are connected: a fighter and a channel its recruiter's offers ran on (3 hops or fewer).
  pools.pathPairs = (await driver.executeQuery(`
    UNWIND $ids AS id
    MATCH (f:Fighter {id: id})<-[:RECRUITED]-(:Recruiter)-[:PLACED]->(:Offer)-[:ADVERTISED_ON]->(c:AdChannel)
    WITH id, collect(DISTINCT c.id) AS channels
    RETURN id, channels[size(channels) / 2] AS channel ORDER BY id`,
  { ids: pools.fighters.filter((_, k) => k % Math.max(1, Math.floor(pools.fighters.length / 400)) === 0) },
  { database: "neo4j" })).records.map((r) => ({ from: r.get("id"), to: r.get("channel") }));
  for (const [name, list] of Object.entries(pools)) {
    if (list.length === 0) throw new Error(`the graph has no ${name}: was it loaded?`);
  }
  return pools;
}

/** How many nodes and relationships of each kind the graph has, for RESULTS.md. */
export async function graphCounts(driver) {
  const rows = async (cypher) => (await driver.executeQuery(cypher, {}, { database: "neo4j" })).records.map((r) => r.toObject());
  const labels = await rows("MATCH (n:Entity) UNWIND labels(n) AS label WITH label WHERE label <> 'Entity' RETURN label, count(*) AS n ORDER BY label");
  const types = await rows("MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n ORDER BY type");
  return { labels, types };
}
