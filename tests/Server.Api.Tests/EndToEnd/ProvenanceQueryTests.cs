using System.Net;
using System.Text.Json.Nodes;
using GraphServer.Store;
using GraphServer.Tests.Shared;
using static GraphServer.Api.Tests.EndToEnd.SeedExpectations;

namespace GraphServer.Api.Tests.EndToEnd;

/// <summary>
/// Facts with their sources in one query, relationship edges with their own properties, paging and counting a
/// relationship, unions with where, Relay lookups and enums: what the seed says, and the same JSON from both stores.
/// </summary>
[Collection(Neo4jCollection.Name)]
public sealed class ProvenanceQueryTests
{
    private static readonly GraphNode KenyaWarning = Nodes("Event").Single(e =>
        (string?)e["kind"] == "warning" && Edges("BY").Any(b => b.FromId == e.Id && b.ToId == "country:KE"));

    private static readonly GraphEdge StatedBy = Edges("STATED_BY").OrderBy(e => e.FromId, StringComparer.Ordinal).First();

    private static readonly GraphEdge ServedIn = Edges("SERVED_IN").OrderBy(e => e.FromId, StringComparer.Ordinal).First(e => e.Properties.GetValueOrDefault("role") is string);

    private static readonly string WarningQuery = $$"""
        { node(id: "{{KenyaWarning.Id}}") { ... on Event { kind date datePrecision
            actors { totalCount edges { node { __typename ... on Country { id iso2 } } confidence sources { id quote } } }
            sources { id publisher title url publishedAt kind quote source { id } } } } }
        """;

    private static readonly string ClaimQuery = $$"""
        { claims(where: { id: { eq: "{{StatedBy.FromId}}" } }) { nodes { id metric value
            statedBy { nodes { __typename ... on Person { id name } ... on Organization { id name } } }
            about(where: { id: { eq: "country:KE" } }) { nodes { __typename } }
            sources { id publisher quote } } } }
        """;

    private static readonly string ServedInQuery = $$"""
        { fighter(id: "{{ServedIn.FromId}}") { servedIn { edges { role confidence validFrom sources { id quote } node { id } } } } }
        """;

    private const string PagingQuery =
        """{ country(id: "country:KE") { targetedBy(first: 1, order: [{ id: ASC }]) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } } }""";

    private const string LookupQuery =
        """{ nodes(ids: ["country:KE", "country:XX", "country:IN"]) { __typename id } events(where: { kind: { eq: WARNING } }) { totalCount } }""";

    [Fact]
    public async Task The_kenya_warning_comes_with_its_actor_and_every_source_with_its_quote_in_one_query()
    {
        var body = (await GraphServerFactory.RunAllAsync(GraphServerFactory.Embedded(), WarningQuery))[0]!;

        Assert.Null(body["errors"]);
        var warning = body["data"]!["node"]!;
        Assert.Equal("WARNING", warning["kind"]!.GetValue<string>());
        Assert.Equal((string)KenyaWarning["date"]!, warning["date"]!.GetValue<string>());
        var kenya = warning["actors"]!["edges"]!.AsArray().Single(e => e!["node"]!["id"]?.GetValue<string>() == "country:KE")!;
        Assert.Equal("KE", kenya["node"]!["iso2"]!.GetValue<string>());
        Assert.NotEmpty(kenya["sources"]!.AsArray());
        Assert.Equal(Edges("BY").Count(e => e.FromId == KenyaWarning.Id), warning["actors"]!["totalCount"]!.GetValue<int>());
        AssertCitations(KenyaWarning.Id, warning["sources"]!);
        Assert.All(warning["sources"]!.AsArray(), s =>
        {
            Assert.Equal(s!["id"]!.GetValue<string>(), s["source"]!["id"]!.GetValue<string>());
            Assert.False(string.IsNullOrEmpty(s["publisher"]!.GetValue<string>()));
        });
    }

    [Fact]
    public async Task A_claim_comes_with_who_stated_it_what_it_is_about_and_its_sources()
    {
        var body = (await GraphServerFactory.RunAllAsync(GraphServerFactory.Embedded(), ClaimQuery))[0]!;

        Assert.Null(body["errors"]);
        var claim = Assert.Single(body["data"]!["claims"]!["nodes"]!.AsArray())!;
        var speakers = Edges("STATED_BY").Where(e => e.FromId == StatedBy.FromId).Select(e => e.ToId).Order(StringComparer.Ordinal);
        Assert.Equal(speakers, claim["statedBy"]!["nodes"]!.AsArray().Select(s => s!["id"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        var aboutKenya = Edges("ABOUT").Any(e => e.FromId == StatedBy.FromId && e.ToId == "country:KE");
        Assert.Equal(aboutKenya ? 1 : 0, claim["about"]!["nodes"]!.AsArray().Count);
        AssertCitations(StatedBy.FromId, claim["sources"]!);
    }

    [Fact]
    public async Task A_served_in_edge_carries_its_role_confidence_and_sources()
    {
        var body = (await GraphServerFactory.RunAllAsync(GraphServerFactory.Embedded(), ServedInQuery))[0]!;

        Assert.Null(body["errors"]);
        var edge = body["data"]!["fighter"]!["servedIn"]!["edges"]!.AsArray().Single(e => e!["node"]!["id"]!.GetValue<string>() == ServedIn.ToId)!;
        Assert.Equal((string)ServedIn.Properties["role"]!, edge["role"]!.GetValue<string>());
        Assert.Equal(((string)ServedIn.Properties["confidence"]!).ToUpperInvariant(), edge["confidence"]!.GetValue<string>());
        var cited = ((System.Collections.IEnumerable)ServedIn.Properties["sourceIds"]!).Cast<string>().ToList();
        Assert.NotEmpty(cited);
        Assert.Equal(cited.Order(StringComparer.Ordinal), edge["sources"]!.AsArray().Select(s => s!["id"]!.GetValue<string>()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_relationship_connection_pages_with_cursors_and_counts_every_match()
    {
        var targeting = Edges("TARGETS").Where(e => e.ToId == "country:KE").Select(e => e.FromId).Order(StringComparer.Ordinal).ToList();
        Assert.True(targeting.Count > 1, "Kenya must be targeted by several offers for paging to mean anything");
        await using var factory = new GraphServerFactory(GraphServerFactory.Embedded());
        using var client = factory.CreateClient();

        var (_, first) = await GraphQLClient.PostAsync(client, PagingQuery);
        var page = first["data"]!["country"]!["targetedBy"]!;
        var cursor = page["pageInfo"]!["endCursor"]!.GetValue<string>();
        var (_, second) = await GraphQLClient.PostAsync(client, PagingQuery.Replace("first: 1,", $"first: 1, after: \"{cursor}\",", StringComparison.Ordinal));

        Assert.Equal(targeting.Count, page["totalCount"]!.GetValue<int>());
        Assert.True(page["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.Equal(targeting[0], page["nodes"]![0]!["id"]!.GetValue<string>());
        Assert.Equal(targeting[1], second["data"]!["country"]!["targetedBy"]!["nodes"]![0]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Nodes_answers_ids_in_order_and_an_enum_filters_by_its_stored_value()
    {
        var body = (await GraphServerFactory.RunAllAsync(GraphServerFactory.Embedded(), LookupQuery))[0]!;

        Assert.Null(body["errors"]);
        Assert.Equal("""[{"__typename":"Country","id":"country:KE"},null,{"__typename":"Country","id":"country:IN"}]""",
            body["data"]!["nodes"]!.ToJsonString());
        Assert.Equal(Nodes("Event").Count(e => (string?)e["kind"] == "warning"), body["data"]!["events"]!["totalCount"]!.GetValue<int>());
    }

    // Selecting a personal field is a matter of role since the access layer (Access/RoleMatrixTests); filters and sorts on
    // personal properties stay out of the schema for every role.
    [Theory]
    [InlineData("{ fighters(where: { dateOfBirth: { lt: \"2000\" } }) { totalCount } }")]
    [InlineData("{ fighters(order: [{ name: ASC }]) { totalCount } }")]
    [InlineData("{ recruiters(where: { contact: { eq: \"x\" } }) { totalCount } }")]
    public async Task No_personal_property_is_reachable_by_filter_or_sort(string query)
    {
        await using var factory = new GraphServerFactory(GraphServerFactory.Embedded());
        using var client = factory.CreateClient();

        var (response, body) = await GraphQLClient.PostAsync(client, query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(body["data"]);
        Assert.NotEmpty(body["errors"]!.AsArray());
    }

    [SkippableFact]
    public async Task Neo4j_and_the_embedded_store_return_the_same_json_for_facts_with_their_sources()
    {
        Neo4jTestEnvironment.SkipIfUnavailable();

        using var exclusive = await Neo4jDatabaseLock.AcquireAsync(TimeSpan.FromMinutes(5));
        await Neo4jDatabase.ClearAsync();
        string[] queries = [WarningQuery, ClaimQuery, ServedInQuery, PagingQuery, LookupQuery];
        var embedded = await GraphServerFactory.RunAllAsync(GraphServerFactory.Embedded(), queries);
        var neo4j = await GraphServerFactory.RunAllAsync(GraphServerFactory.Neo4j(), queries);

        Assert.All(neo4j, answer => Assert.Null(answer!["errors"]));
        Assert.Equal(embedded.ToJsonString(), neo4j.ToJsonString());
        Assert.Contains("\"quote\":\"", neo4j.ToJsonString(), StringComparison.Ordinal);
    }

    /// <summary>The node's sources are exactly its CITES edges in the seed, each with the quote the seed gives.</summary>
    private static void AssertCitations(string nodeId, JsonNode sources)
    {
        var expected = Edges("CITES").Where(e => e.FromId == nodeId)
            .Select(e => (e.ToId, Quote: e.Properties.GetValueOrDefault("quote") as string)).OrderBy(c => c.ToId, StringComparer.Ordinal).ToList();
        Assert.NotEmpty(expected);
        var actual = sources.AsArray().Select(s => (s!["id"]!.GetValue<string>(), Quote: s["quote"]?.GetValue<string>()))
            .OrderBy(c => c.Item1, StringComparer.Ordinal).ToList();
        Assert.Equal(expected, actual);
    }
}
