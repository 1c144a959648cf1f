using System.Net;
using System.Text.Json.Nodes;
using GraphServer.Tests.Shared;

namespace GraphServer.Api.Tests.EndToEnd;

/// <summary>
/// Every operation of the generated filter inputs, run on both stores over the seed: the answers must be the same JSON.
/// The cases live as data below; each also names how many nodes the seed says must match, so a filter that quietly
/// matches nothing on both stores fails too.
/// </summary>
[Collection(Neo4jCollection.Name)]
public sealed class FilterAgreementTests
{
    /// <summary>Collection, where, and the seed's count of matches (counted in Seed/Data/seed.json).</summary>
    private static readonly (string Collection, string Where, Func<int, bool> Count)[] Cases =
    [
        ("countries", "{ region: { in: [\"East Africa\", \"West Africa\"] } }", n => n == 6),
        ("countries", "{ region: { nin: [\"East Africa\", \"West Africa\"] } }", n => n == 22),
        ("countries", "{ name: { startsWith: \"S\" } }", n => n == 6),
        ("countries", "{ name: { nstartsWith: \"S\", ncontains: \"a\" } }", n => n > 0),
        ("countries", "{ iso2: { gte: \"K\", lt: \"L\" } }", n => n == 4),
        ("countries", "{ name: { contains: \"kenya\" } }", n => n == 0),
        ("countries", "{ name: { contains: \"%\" } }", n => n == 0),
        ("countries", "{ name: { startsWith: \"_\" } }", n => n == 0),
        ("countries", "{ name: { contains: \"a_\" } }", n => n == 0),
        ("countries", "{ name: { startsWith: \"s\" } }", n => n == 0),
        ("countries", "{ offersTargets: { none: { benefits: { some: { eq: \"citizenship\" } } } } }", n => n > 0),
        ("countries", "{ offersTargets: { all: { synthetic: { eq: false } } } }", n => n > 0),
        ("countries", "{ offersTargets: { any: false } }", n => n > 0),
        ("offers", "{ benefits: { none: { in: [\"passport\", \"visa\"] } } }", n => n > 0),
        ("offers", "{ benefits: { isNull: true } }", n => n == 7),
        ("offers", "{ salaryAmount: { gt: 1000 }, or: [{ salaryCurrency: { eq: \"USD\" } }, { salaryCurrency: { eq: \"GBP\" } }] }", n => n > 0),
        ("offers", "{ firstSeen: { gte: \"2025-02-01\" } }", n => n == 12),
        ("claims", "{ asOf: { eq: null } }", n => n == 33),
        ("claims", "{ asOf: { neq: null }, value: { in: [20000, 18000] } }", n => n == 2),
        ("fighters", "{ status: { neq: \"killed\" }, synthetic: { eq: true } }", n => n > 0),
        ("recruiters", "{ recruitedFighters: { some: { status: { eq: \"captured\" } } } }", n => n == 2),
    ];

    [SkippableFact]
    public async Task Both_stores_answer_every_filter_operation_alike_and_as_the_seed_counts()
    {
        Neo4jTestEnvironment.SkipIfUnavailable();

        using var exclusive = await Neo4jDatabaseLock.AcquireAsync(TimeSpan.FromMinutes(5));
        await Neo4jDatabase.ClearAsync();
        var queries = Cases.Select(c => $"{{ {c.Collection}(first: 500, where: {c.Where}, order: [{{ id: ASC }}]) {{ nodes {{ id }} totalCount }} }}").ToArray();
        var embedded = await GraphServerFactory.RunAllAsync(GraphServerFactory.Embedded(), queries);
        var neo4j = await GraphServerFactory.RunAllAsync(GraphServerFactory.Neo4j(), queries);

        var problems = new List<string>();
        for (var i = 0; i < Cases.Length; i++)
        {
            var (collection, where, count) = Cases[i];
            if (embedded[i]!["errors"] is not null || neo4j[i]!["errors"] is not null)
            {
                problems.Add($"{collection} {where}: {embedded[i]!["errors"]?.ToJsonString()} {neo4j[i]!["errors"]?.ToJsonString()}");
                continue;
            }

            var total = embedded[i]!["data"]![collection]!["totalCount"]!.GetValue<int>();
            if (embedded[i]!.ToJsonString() != neo4j[i]!.ToJsonString())
            {
                problems.Add($"{collection} {where}: embedded {embedded[i]!.ToJsonString()} neo4j {neo4j[i]!.ToJsonString()}");
            }
            else if (!count(total))
            {
                problems.Add($"{collection} {where}: {total} matches, not what the seed says");
            }
        }

        Assert.Empty(problems);
    }
}
