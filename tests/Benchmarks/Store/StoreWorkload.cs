using GraphServer.Store;

namespace GraphServer.Benchmarks.Store;

/// <summary>
/// The contract operations the benchmarks time and profile, each with fixed inputs on <see cref="BenchmarkGraph"/>,
/// and for each the Cypher a Neo4j expert would write by hand for the same answer (<see cref="HandWritten"/>).
/// </summary>
public sealed class StoreWorkload(IGraphStore store)
{
    public static readonly string[] Operations =
    [
        "GetNodes", "FindFiltered", "FindByRelationship", "Neighbours", "NeighboursAsOf", "Aggregate", "Search", "ShortestPaths", "AllPaths",
        "Neighbourhood",
    ];

    private static readonly string[] FighterIds = [.. Enumerable.Range(0, 100).Select(i => BenchmarkGraph.Id("fighter", i * 613))];
    private static readonly string[] OfferIds = [.. Enumerable.Range(0, 50).Select(i => BenchmarkGraph.Id("offer", i * 97))];
    private static readonly string[] UnitIds = [.. Enumerable.Range(0, 10).Select(i => BenchmarkGraph.Id("unit", i * 7))];
    private static readonly DateOnly Day = new(2024, 6, 1);
    private static readonly string Recruiter = BenchmarkGraph.Id("recruiter", 17);
    private static readonly string Location = BenchmarkGraph.Id("location", 5);
    private static readonly string Country = BenchmarkGraph.Id("country", 3);
    private static readonly string[] AllPathTypes = ["RECRUITED", "CITIZEN_OF", "PLACED", "TARGETS", "ANSWERED"];

    /// <summary>Runs one operation and returns how many items it answered with (so a benchmark cannot be optimised away).</summary>
    public async Task<int> RunAsync(string operation) => operation switch
    {
        "GetNodes" => (await store.GetNodesAsync(FighterIds)).Count,
        "FindFiltered" => (await store.FindNodesAsync(new NodeQuery("Fighter")
        {
            Where = Filter.Eq("status", "captured"), Order = [new("alias", SortDirection.Ascending)], Take = 20,
        })).Nodes.Count,
        "FindByRelationship" => (await store.FindNodesAsync(new NodeQuery("Recruiter")
        {
            Where = Filter.Some("PLACED", EdgeDirection.Outgoing, Filter.Some("TARGETS", EdgeDirection.Outgoing, Filter.Eq("iso2", "AB"))), Take = 20,
        })).Nodes.Count,
        "Neighbours" => (await store.GetNeighboursAsync(new NeighbourQuery(OfferIds, "ANSWERED", EdgeDirection.Incoming)
        {
            Order = [new("alias", SortDirection.Ascending)], TakePerParent = 5,
        })).Count,
        "NeighboursAsOf" => (await store.GetNeighboursAsync(new NeighbourQuery(UnitIds, "SERVED_IN", EdgeDirection.Incoming) { AsOf = Day, TakePerParent = 10 })).Count,
        "Aggregate" => (await store.AggregateAsync(new AggregateQuery("Fighter", "status"))).Count,
        "Search" => (await store.SearchAsync(new SearchQuery("falcon brigade") { Take = 20 })).Count,
        "ShortestPaths" => (await store.FindPathsAsync(new PathQuery(Recruiter, Location, 6) { ShortestOnly = true, Limit = 10 })).Count,
        "AllPaths" => (await store.FindPathsAsync(new PathQuery(Recruiter, Country, 3) { Types = AllPathTypes, Limit = 10 })).Count,
        "Neighbourhood" => (await store.GetNeighbourhoodAsync(new NeighbourhoodQuery([Recruiter], 2) { Limit = 200 })).Nodes.Count,
        _ => throw new ArgumentException($"Unknown operation {operation}."),
    };

    /// <summary>
    /// The answer of an operation in a canonical text form, to compare the stores: ids in contract order, or sorted
    /// where the contract leaves order open (search ranks differently, so it is compared on all hits, not the top 20).
    /// </summary>
    public async Task<string> AnswerAsync(string operation)
    {
        static string Ids(IEnumerable<string> ids) => string.Join(",", ids);
        return operation switch
        {
            "GetNodes" => Ids((await store.GetNodesAsync(FighterIds)).Select(n => n.Id).Order(StringComparer.Ordinal)),
            "Neighbours" or "NeighboursAsOf" => Ids((await store.GetNeighboursAsync(operation == "Neighbours"
                ? new NeighbourQuery(OfferIds, "ANSWERED", EdgeDirection.Incoming) { Order = [new("alias", SortDirection.Ascending)], TakePerParent = 5 }
                : new NeighbourQuery(UnitIds, "SERVED_IN", EdgeDirection.Incoming) { AsOf = Day, TakePerParent = 10 }))
                .OrderBy(n => n.ParentId, StringComparer.Ordinal).Select(n => n.ParentId + ">" + n.Node.Id)),
            "Aggregate" => Ids((await store.AggregateAsync(new AggregateQuery("Fighter", "status"))).Select(b => $"{b.Key}:{b.Count}")),
            "Search" => Ids((await store.SearchAsync(new SearchQuery("falcon brigade") { Take = 10_000 })).Select(h => h.Node.Id).Order(StringComparer.Ordinal)),
            "ShortestPaths" or "AllPaths" => Ids((await store.FindPathsAsync(operation == "ShortestPaths"
                ? new PathQuery(Recruiter, Location, 6) { ShortestOnly = true, Limit = 10 }
                : new PathQuery(Recruiter, Country, 3) { Types = AllPathTypes, Limit = 10 })).Select(p => string.Join(">", p.Nodes.Select(n => n.Id)))),
            "Neighbourhood" => Ids((await store.GetNeighbourhoodAsync(new NeighbourhoodQuery([Recruiter], 2) { Limit = 200 })).Nodes.Select(n => n.Id)),
            "FindFiltered" => Ids((await store.FindNodesAsync(new NodeQuery("Fighter")
            {
                Where = Filter.Eq("status", "captured"), Order = [new("alias", SortDirection.Ascending)], Take = 20,
            })).Nodes.Select(n => n.Id)),
            "FindByRelationship" => Ids((await store.FindNodesAsync(new NodeQuery("Recruiter")
            {
                Where = Filter.Some("PLACED", EdgeDirection.Outgoing, Filter.Some("TARGETS", EdgeDirection.Outgoing, Filter.Eq("iso2", "AB"))), Take = 20,
            })).Nodes.Select(n => n.Id)),
            _ => throw new ArgumentException($"Unknown operation {operation}."),
        };
    }

    /// <summary>The hand-written Cypher for the same question, and its parameters.</summary>
    public static (string Cypher, Dictionary<string, object?> Parameters) HandWritten(string operation) => operation switch
    {
        "GetNodes" => ("MATCH (n:Fighter) WHERE n.id IN $ids RETURN n", new() { ["ids"] = FighterIds.ToList<object?>() }),
        "FindFiltered" => ("""
            CALL () { MATCH (f:Fighter {status: $status}) RETURN count(f) AS total }
            MATCH (f:Fighter {status: $status}) WITH total, f ORDER BY f.alias LIMIT 20
            RETURN total, collect(f) AS page
            """, new() { ["status"] = "captured" }),
        "FindByRelationship" => ("""
            MATCH (:Country {iso2: $iso2})<-[:TARGETS]-(:Offer)<-[:PLACED]-(r:Recruiter)
            WITH DISTINCT r ORDER BY r.id
            WITH collect(r) AS matches
            RETURN size(matches) AS total, matches[..20] AS page
            """, new() { ["iso2"] = "AB" }),
        "Neighbours" => ("""
            UNWIND $ids AS id
            MATCH (:Offer {id: id})<-[r:ANSWERED]-(f:Fighter)
            WITH id, r, f ORDER BY f.alias
            WITH id, collect([r, f])[..5] AS items
            UNWIND items AS item RETURN id, item[0] AS r, item[1] AS f
            """, new() { ["ids"] = OfferIds.ToList<object?>() }),
        "NeighboursAsOf" => ("""
            UNWIND $ids AS id
            MATCH (:Unit {id: id})<-[r:SERVED_IN]-(f:Fighter)
            WHERE coalesce(r.validFrom, '') <= $day AND coalesce(r.validTo, '9999-12-31') >= $day
            WITH id, r, f ORDER BY f.id
            WITH id, collect([r, f])[..10] AS items
            UNWIND items AS item RETURN id, item[0] AS r, item[1] AS f
            """, new() { ["ids"] = UnitIds.ToList<object?>(), ["day"] = "2024-06-01" }),
        "Aggregate" => ("MATCH (f:Fighter) RETURN f.status AS status, count(*) AS count ORDER BY count DESC", []),
        "Search" => ("""
            CALL db.index.fulltext.queryNodes('graph_text', '+falcon +brigade') YIELD node, score
            RETURN node, score ORDER BY score DESC LIMIT 20
            """, []),
        "ShortestPaths" => ("""
            MATCH (a:Recruiter {id: $a}), (b:Location {id: $b})
            MATCH p = allShortestPaths((a)-[*..6]-(b))
            RETURN p LIMIT 10
            """, new() { ["a"] = Recruiter, ["b"] = Location }),
        "AllPaths" => ("""
            MATCH p = (a:Recruiter {id: $a})-[:RECRUITED|CITIZEN_OF|PLACED|TARGETS|ANSWERED*1..3]-(b:Country {id: $b})
            WHERE all(x IN nodes(p) WHERE single(y IN nodes(p) WHERE y = x))
            RETURN p ORDER BY length(p) LIMIT 10
            """, new() { ["a"] = Recruiter, ["b"] = Country }),
        "Neighbourhood" => ("""
            MATCH (s:Recruiter {id: $id})-[*0..2]-(n)
            WITH DISTINCT n LIMIT 200
            WITH collect(n) AS ns
            CALL (ns) { UNWIND ns AS a MATCH (a)-[r]->(b) WHERE b IN ns RETURN collect(r) AS rels }
            RETURN ns, rels
            """, new() { ["id"] = Recruiter }),
        _ => throw new ArgumentException($"Unknown operation {operation}."),
    };
}
