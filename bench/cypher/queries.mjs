// The hand-written Cypher of the raw floor: one statement per question, written the way an engineer who knows the
// data would write it (labels in every pattern, the :Entity(id) index for lookups by id, COLLECT/COUNT subqueries,
// Top-k pages). Each returns one row whose columns are the answer.

const recruitmentLinks = "PLACED|ADVERTISED_ON|OPERATES|TARGETS";
const pathLinks = "RECRUITED|OPERATES|ANSWERED|ADVERTISED_ON|PLACED";

export const statements = {
  offersFiltered: `
    MATCH (o:Offer) WHERE o.salaryAmount >= $minSalary AND o.language = $language
    WITH o ORDER BY o.id LIMIT 20
    RETURN collect(o {
      .id, .promisedRole, .salaryAmount,
      advertisedOn: COLLECT { MATCH (o)-[:ADVERTISED_ON]->(c:AdChannel) RETURN c {.id, .platform} },
      targets: COLLECT { MATCH (o)-[:TARGETS]->(c:Country) RETURN c {.id, .name} },
      placedBy: COLLECT { MATCH (r:Recruiter)-[:PLACED]->(o) RETURN r {.id, .name} }
    }) AS offers`,

  fighterTrace: `
    MATCH (f:Fighter {id: $id})
    RETURN f {
      .id, .alias, .status,
      answered: COLLECT { MATCH (f)-[:ANSWERED]->(o:Offer) RETURN o {
        .id, .promisedRole,
        advertisedOn: COLLECT { MATCH (o)-[:ADVERTISED_ON]->(c:AdChannel) RETURN c {.id, .platform} },
        placedBy: COLLECT { MATCH (r:Recruiter)-[:PLACED]->(o) RETURN r {.id, .name} }
      } },
      servedIn: COLLECT { MATCH (f)-[:SERVED_IN]->(u:Unit) RETURN u {
        .id, .name, .kind,
        deployedTo: COLLECT { MATCH (u)-[:DEPLOYED_TO]->(l:Location) RETURN l {.id, .name} }
      } },
      subjectOf: COLLECT { MATCH (f)-[:SUBJECT_OF]->(e:Event) RETURN e {
        .id, .kind, .date,
        location: COLLECT { MATCH (e)-[:AT]->(l:Location) RETURN l {.id, .name} }[0]
      } }
    } AS fighter`,

  recruiterOffers: `
    MATCH (r:Recruiter {id: $id})
    RETURN r {
      .id, .name, .kind,
      placed: COLLECT { MATCH (r)-[:PLACED]->(o:Offer) WITH o ORDER BY o.id LIMIT 10 RETURN o {
        .id, .promisedRole,
        targets: COLLECT { MATCH (o)-[:TARGETS]->(c:Country) RETURN c {.id, .name} },
        advertisedOn: COLLECT { MATCH (o)-[:ADVERTISED_ON]->(c:AdChannel) RETURN c {.id, .handle} }
      } },
      recruitedCount: COUNT { (r)-[:RECRUITED]->(:Fighter) }
    } AS recruiter`,

  // One pass over the citizens groups them by status; the offers page is Top-k by id.
  countryFunnel: `
    MATCH (c:Country {id: $id})
    CALL (c) {
      MATCH (f:Fighter)-[:CITIZEN_OF]->(c) WITH f.status AS status, count(*) AS n
      RETURN collect({status: status, count: n}) AS citizensByStatus
    }
    RETURN c {
      .id, .name,
      targetedBy: COLLECT { MATCH (o:Offer)-[:TARGETS]->(c) WITH o ORDER BY o.id LIMIT 10 RETURN o {.id, .promisedRole, .salaryAmount} },
      targetedByCount: COUNT { (:Offer)-[:TARGETS]->(c) },
      citizensByStatus: citizensByStatus
    } AS country`,

  neighborhood: `
    MATCH (s:Entity {id: $id})
    MATCH p = ANY SHORTEST (s)(()-[:${recruitmentLinks}]-()){0,2}(n)
    WITH n, length(p) AS dist ORDER BY dist, n.id LIMIT $first + 1
    WITH collect(n) AS found
    WITH found[..$first] AS kept, size(found) > $first AS truncated
    RETURN [x IN kept | x.id] AS nodeIds,
      COLLECT {
        UNWIND kept AS x MATCH (x)-[r:${recruitmentLinks}]->(y) WHERE y IN kept
        RETURN {type: type(r), from: x.id, to: y.id}
      } AS relationships,
      truncated`,

  shortestPath: `
    MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
    MATCH p = ALL SHORTEST (a)(()-[:${pathLinks}]-()){1,4}(b)
    WITH p ORDER BY length(p), [x IN nodes(p) | x.id] LIMIT $first
    RETURN collect({length: length(p), nodeIds: [x IN nodes(p) | x.id]}) AS paths`,
};
