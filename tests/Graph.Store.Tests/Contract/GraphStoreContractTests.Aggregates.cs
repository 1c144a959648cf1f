using GraphServer.Model;
using GraphServer.Seed.Loading;
using static GraphServer.Store.Tests.Contract.ContractGraph;

namespace GraphServer.Store.Tests.Contract;

/// <summary>
/// Aggregation by several keys, by neighbours across a relationship end, and per parent (one call for every parent of a
/// relationship connection): hand-checked answers on the synthetic component, and answers counted one record at a time
/// from the data both stores hold.
/// </summary>
public abstract partial class GraphStoreContractTests
{
    // Lazy: static fields of partial files initialise in no defined order, and this one reads the seed.
    private static readonly Lazy<List<GraphEdge>> StoredEdges = new(() => [.. SeedData.Read().Edges.Concat(ContractGraph.Changes.Edges)]);

    private static List<GraphEdge> AllEdges => StoredEdges.Value;

    private async Task<string[]> BucketsAsync(AggregateQuery query) =>
        [.. (await Store.AggregateAsync(query)).Select(Text)];

    [SkippableFact]
    public async Task Fighters_are_counted_by_citizenship_and_status_together()
    {
        var buckets = await BucketsAsync(new AggregateQuery("Fighter",
            [AggregateKey.Neighbour("CITIZEN_OF", EdgeDirection.Outgoing), AggregateKey.Property("status")]) { Where = SyntheticFighters });

        Assert.Equal([$"{Country}|captured=1", $"{Country}|deployed=1", $"{Country}|killed=1"], buckets);
    }

    [SkippableFact]
    public async Task Offers_are_counted_by_the_platform_id_they_ran_on_and_those_on_none_form_the_null_bucket()
    {
        var buckets = await BucketsAsync(new AggregateQuery("Offer", [AggregateKey.Neighbour("ADVERTISED_ON", EdgeDirection.Outgoing)])
        {
            Where = SyntheticOffers,
        });

        Assert.Equal([$"{Channel}=2", "null=1"], buckets);
    }

    [SkippableFact]
    public async Task Offers_are_counted_by_the_platform_of_the_channels_they_ran_on()
    {
        var buckets = await BucketsAsync(new AggregateQuery("Offer", [AggregateKey.Neighbour("ADVERTISED_ON", EdgeDirection.Outgoing, "platform")])
        {
            Where = SyntheticOffers,
        });

        Assert.Equal(["Telegram=2", "null=1"], buckets);
    }

    [SkippableFact]
    public async Task Per_parent_buckets_name_their_parent_and_every_parent_comes_from_one_call()
    {
        var buckets = await BucketsAsync(new AggregateQuery("Fighter", "status")
        {
            Parents = new AggregateParents([Alpha, Beta, Alpha, "recruiter:t-unknown"], "RECRUITED", EdgeDirection.Outgoing),
        });

        Assert.Equal([$"{Alpha}:captured=1", $"{Alpha}:killed=1"], buckets);
    }

    [SkippableFact]
    public async Task As_of_hides_links_and_neighbours_not_yet_valid_both_as_parents_and_as_keys()
    {
        var day = new DateOnly(2024, 3, 15);
        var recruits = await BucketsAsync(new AggregateQuery("Fighter", "status")
        {
            Parents = new AggregateParents([Alpha], "RECRUITED", EdgeDirection.Outgoing),
            AsOf = day,
        });
        var units = await BucketsAsync(new AggregateQuery("Fighter", [AggregateKey.Neighbour("SERVED_IN", EdgeDirection.Outgoing)])
        {
            Where = SyntheticFighters,
            AsOf = new DateOnly(2024, 9, 30),
        });

        Assert.Equal([$"{Alpha}:killed=1"], recruits);
        Assert.Equal(["null=2", $"{Unit}=1"], units);
    }

    public static TheoryData<string, string[], string?> Groupings() => new()
    {
        { "Fighter", ["status", "->CITIZEN_OF"], null },
        { "Fighter", ["<-RECRUITED"], null },
        { "Offer", ["->ADVERTISED_ON", "language", "benefits"], null },
        { "Offer", ["->TARGETS"], "2024-06-30" },
        { "Offer", ["->ADVERTISED_ON.platform", "language"], null },
        { "Fighter", ["->CITIZEN_OF.iso2", "<-RECRUITED.kind"], "2025-06-30" },
        { "Claim", ["metric", "->ABOUT"], "2025-01-01" },
        { "Event", ["kind", "->BY", "->AT"], null },
        { "Unit", ["kind", "<-SERVED_IN"], "2024-06-15" },
    };

    [SkippableTheory]
    [MemberData(nameof(Groupings))]
    public async Task An_aggregate_equals_counting_the_same_records_one_by_one(string label, string[] keys, string? asOf)
    {
        var day = asOf is null ? (DateOnly?)null : DateOnly.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture);
        var query = new AggregateQuery(label, [.. keys.Select(ParseKey)]) { AsOf = day };

        var actual = await BucketsAsync(query);

        Assert.Equal(CountOneByOne(query).Order(StringComparer.Ordinal), actual.Order(StringComparer.Ordinal));
        Assert.NotEmpty(actual);
    }

    [SkippableFact]
    public async Task A_per_parent_aggregate_equals_counting_each_parents_links_one_by_one()
    {
        var recruiters = SeedNodes("Recruiter").Select(r => r.Id).ToList();
        var query = new AggregateQuery("Fighter", [AggregateKey.Property("status"), AggregateKey.Neighbour("CITIZEN_OF", EdgeDirection.Outgoing)])
        {
            Parents = new AggregateParents(recruiters, "RECRUITED", EdgeDirection.Outgoing),
        };

        var actual = await Store.AggregateAsync(query);

        var expected = recruiters.SelectMany(parent => CountOneByOne(query with { Parents = null },
            AllEdges.Where(e => e.Type == "RECRUITED" && e.FromId == parent).Select(e => e.ToId)).Select(b => parent + ":" + b));
        Assert.Equal(expected.Order(StringComparer.Ordinal), actual.Select(Text).Order(StringComparer.Ordinal));
        Assert.True(actual.Zip(actual.Skip(1)).All(p => p.First.ParentId != p.Second.ParentId || p.First.Count >= p.Second.Count),
            "largest first within each parent");
    }

    [SkippableTheory]
    [InlineData("Fighter", "name2", "no property")]
    [InlineData("Fighter", "->TARGETS", "not at the start of TARGETS")]
    [InlineData("Fighter", "status,status", "given twice")]
    [InlineData("Fighter", "", "Group by 1 to")]
    [InlineData("Offer", "->ADVERTISED_ON.benefits", "has a property 'benefits'")]
    public async Task A_grouping_the_model_does_not_allow_is_refused_with_a_reason(string label, string keys, string reason)
    {
        var query = new AggregateQuery(label, [.. keys.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(ParseKey)]);

        var error = await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.AggregateAsync(query));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    /// <summary>The buckets of <paramref name="query"/> counted node by node from the test data (the contract's rules, plainly).</summary>
    private static IEnumerable<string> CountOneByOne(AggregateQuery query, IEnumerable<string>? only = null)
    {
        var ids = only?.ToList();
        var nodes = Reference.Nodes.Where(n => n.Label == query.Label && Reference.Visible(n.Id, query.AsOf));
        var rows = new List<string>();
        foreach (var node in ids is null ? nodes : ids.Select(id => nodes.Single(n => n.Id == id)))
        {
            IEnumerable<string> combinations = [""];
            foreach (var key in query.Keys)
            {
                var values = ValuesOf(node, key, query.AsOf);
                combinations = combinations.SelectMany(prefix => values.Select(v => prefix.Length == 0 ? v : prefix + "|" + v)).ToList();
            }

            rows.AddRange(combinations);
        }

        return rows.GroupBy(r => r, StringComparer.Ordinal).Select(g => $"{g.Key}={g.Count()}");
    }

    private static List<string> ValuesOf(GraphNode node, AggregateKey key, DateOnly? asOf)
    {
        if (key.RelationshipType is null && key.PropertyName is { } name)
        {
            return node[name] switch
            {
                System.Collections.IEnumerable items and not string => [.. items.Cast<object?>().Select(KeyText)],
                // A missing list yields no row (the contract's rule for list keys), a missing scalar the null key.
                null when RecruitmentModel.Instance.GetNode(node.Label).FindProperty(name)?.Kind == PropertyKind.StringList => [],
                null => ["null"],
                var value => [KeyText(value)],
            };
        }

        var outgoing = key.Direction == EdgeDirection.Outgoing;
        var far = AllEdges
            .Where(e => e.Type == key.RelationshipType && (outgoing ? e.FromId : e.ToId) == node.Id && Reference.Visible(e, asOf))
            .Select(e => outgoing ? e.ToId : e.FromId)
            .Select(id => key.PropertyName is { } farName ? KeyText(Reference.Nodes.Single(n => n.Id == id)[farName]) : id)
            .ToList();
        return far.Count == 0 ? ["null"] : far;
    }

    private static AggregateKey ParseKey(string key) => key switch
    {
        ['-', '>', .. var type] => Neighbour(type, EdgeDirection.Outgoing),
        ['<', '-', .. var type] => Neighbour(type, EdgeDirection.Incoming),
        _ => AggregateKey.Property(key),
    };

    private static AggregateKey Neighbour(string key, EdgeDirection direction) =>
        key.Split('.') is [var type, var property] ? AggregateKey.Neighbour(type, direction, property) : AggregateKey.Neighbour(key, direction);

    private static string Text(AggregateBucket bucket) =>
        (bucket.ParentId is null ? "" : bucket.ParentId + ":") + string.Join('|', bucket.Keys.Select(KeyText)) + "=" + bucket.Count;

    private static string KeyText(object? key) => key switch
    {
        null => "null",
        double d => d.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        _ => Convert.ToString(key, System.Globalization.CultureInfo.InvariantCulture)!,
    };
}
