using System.Net;
using System.Text.Json.Nodes;
using GraphServer.Tests.Shared;
using static GraphServer.Api.Tests.EndToEnd.SeedExpectations;

namespace GraphServer.Api.Tests.EndToEnd;

/// <summary>
/// where, asOf and search end to end on both stores: each answer must be what the seed says, and Neo4j must return
/// the same JSON as the embedded store.
/// </summary>
[Collection(Neo4jCollection.Name)]
public sealed class FilteringQueryTests
{
    private const string EastAfrica =
        "{ countries(where: { region: { eq: \"East Africa\" } }, order: [{ name: ASC }]) { nodes { id } totalCount } }";

    private const string LargeClaims =
        "{ claims(first: 100, where: { value: { gte: 1000 } }, order: [{ value: DESC }]) { nodes { id } } }";

    private const string VisaOffers =
        "{ offers(first: 100, where: { benefits: { some: { eq: \"visa\" } } }, order: [{ id: ASC }]) { nodes { id } } }";

    private const string TargetedWithVisa =
        "{ countries(first: 100, where: { targetedBy: { some: { benefits: { some: { eq: \"visa\" } } } } }, order: [{ id: ASC }]) { nodes { id } } }";

    private const string ClaimsAsOf =
        "{ countries(first: 100, asOf: \"2025-01-01\", order: [{ id: ASC }]) { nodes { id claims(first: 100) { nodes { id } } } } "
        + "claims(first: 100, asOf: \"2025-01-01\", order: [{ id: ASC }]) { nodes { id } totalCount } }";

    private const string SearchKenya = "{ search(text: \"Kenya\", first: 100) { score node { __typename id } } }";

    private const string SearchIndia = "{ search(text: \"India\", first: 100) { score node { __typename id } } }";

    private const string SearchIndiaAsOf = "{ search(text: \"India\", first: 100, asOf: \"2025-01-01\") { score node { __typename id } } }";

    private const string OrderedNeighbours =
        "{ offers(first: 100, order: [{ id: ASC }]) { nodes { id targets(order: [{ name: DESC }]) { nodes { id } } } } }";

    private static readonly string[] Queries = [EastAfrica, LargeClaims, VisaOffers, TargetedWithVisa, ClaimsAsOf, OrderedNeighbours];

    [Fact]
    public async Task Countries_in_east_africa_are_those_the_seed_places_there()
    {
        var body = await GraphServerFactory.RunAllAsync(GraphServerFactory.Embedded(), EastAfrica);

        var expected = Nodes("Country").Where(c => (string?)c["region"] == "East Africa")
            .OrderBy(c => (string)c["name"]!, StringComparer.Ordinal).Select(c => c.Id).ToList();
        Assert.Contains("country:KE", expected);
        Assert.Equal(Ids(expected).ToJsonString(), IdsOf(body[0]!, "countries"));
        Assert.Equal(expected.Count, body[0]!["data"]!["countries"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Claims_of_at_least_1000_come_largest_first()
    {
        var body = await GraphServerFactory.RunAllAsync(GraphServerFactory.Embedded(), LargeClaims);

        var expected = Nodes("Claim").Where(c => Convert.ToDouble(c["value"], System.Globalization.CultureInfo.InvariantCulture) >= 1000)
            .OrderByDescending(c => Convert.ToDouble(c["value"], System.Globalization.CultureInfo.InvariantCulture))
            .ThenBy(c => c.Id, StringComparer.Ordinal).Select(c => c.Id).ToList();
        Assert.True(expected.Count > 5);
        Assert.Equal(Ids(expected).ToJsonString(), IdsOf(body[0]!, "claims"));
    }

    [Fact]
    public async Task Offers_promising_a_visa_and_the_countries_they_target()
    {
        var body = await GraphServerFactory.RunAllAsync(GraphServerFactory.Embedded(), VisaOffers, TargetedWithVisa);

        var offers = Nodes("Offer").Where(o => o["benefits"] is System.Collections.IEnumerable b && b.Cast<object>().Contains("visa"))
            .Select(o => o.Id).Order(StringComparer.Ordinal).ToList();
        var countries = Edges("TARGETS").Where(e => offers.Contains(e.FromId)).Select(e => e.ToId)
            .Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.Contains("offer:kenya-safe-military-jobs", offers);
        Assert.Contains("country:KE", countries);
        Assert.Equal(Ids(offers).ToJsonString(), IdsOf(body[0]!, "offers"));
        Assert.Equal(Ids(countries).ToJsonString(), IdsOf(body[1]!, "countries"));
    }

    [Fact]
    public async Task As_of_a_day_hides_later_claims_at_the_root_and_in_relationship_fields_below()
    {
        const string Day = "2025-01-01";
        var body = await GraphServerFactory.RunAllAsync(GraphServerFactory.Embedded(), ClaimsAsOf);

        var visible = Nodes("Claim").Where(c => VisibleOn(c, Day)).Select(c => c.Id).Order(StringComparer.Ordinal).ToList();
        Assert.True(visible.Count < Nodes("Claim").Count(), "the day must hide some claims for this test to mean anything");
        Assert.Equal(Ids(visible).ToJsonString(), IdsOf(body[0]!, "claims"));

        var about = Edges("ABOUT").Where(e => visible.Contains(e.FromId) && VisibleOn(e, Day)).ToLookup(e => e.ToId, e => e.FromId);
        var countries = body[0]!["data"]!["countries"]!["nodes"]!.AsArray();
        Assert.Equal(Nodes("Country").Count(c => VisibleOn(c, Day)), countries.Count);
        foreach (var country in countries)
        {
            var expected = about[country!["id"]!.GetValue<string>()].Order(StringComparer.Ordinal);
            Assert.Equal(Ids(expected).ToJsonString(), IdArray(country["claims"]!["nodes"]!));
        }

        var hiddenLinks = Edges("ABOUT").Count(e => e.ToId.StartsWith("country:", StringComparison.Ordinal) && !visible.Contains(e.FromId));
        Assert.True(hiddenLinks > 0, "some claim about a country must be hidden by the day");
    }

    [Fact]
    public async Task Relationship_fields_order_each_parents_neighbours()
    {
        var body = await GraphServerFactory.RunAllAsync(GraphServerFactory.Embedded(), OrderedNeighbours);

        var names = Nodes("Country").ToDictionary(c => c.Id, c => (string)c["name"]!);
        var offers = body[0]!["data"]!["offers"]!["nodes"]!.AsArray();
        Assert.Equal(Nodes("Offer").Count(), offers.Count);
        foreach (var offer in offers)
        {
            var expected = Edges("TARGETS").Where(e => e.FromId == offer!["id"]!.GetValue<string>()).Select(e => e.ToId)
                .OrderByDescending(id => names[id], StringComparer.Ordinal).ThenBy(id => id, StringComparer.Ordinal);
            Assert.Equal(Ids(expected).ToJsonString(), IdArray(offer!["targets"]!["nodes"]!));
        }

        Assert.Contains(offers, o => o!["targets"]!["nodes"]!.AsArray().Count > 2);
    }

    [Fact]
    public async Task Searching_kenya_finds_every_node_whose_searchable_text_names_it()
    {
        var body = await GraphServerFactory.RunAllAsync(GraphServerFactory.Embedded(), SearchKenya);

        var expected = SearchIds(body[0]!);
        Assert.Contains("country:KE", expected);
        var model = Model.RecruitmentModel.Instance;
        var named = model.NodeTypes.SelectMany(t => Nodes(t.Label).Where(n => t.Searchable.Any(p => Words(n[p.Name]).Contains("kenya"))))
            .Select(n => n.Id).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(named, expected);
        var labels = model.NodeTypes.SelectMany(t => Nodes(t.Label)).ToDictionary(n => n.Id, n => n.Label);
        var hits = body[0]!["data"]!["search"]!.AsArray();
        Assert.All(hits, hit => Assert.Equal(labels[hit!["node"]!["id"]!.GetValue<string>()], hit["node"]!["__typename"]!.GetValue<string>()));
        var scores = hits.Select(h => h!["score"]!.GetValue<double>()).ToList();
        Assert.Equal(scores.OrderDescending(), scores);
    }

    [Fact]
    public async Task Searching_as_of_a_day_leaves_out_what_was_not_yet_known()
    {
        var body = await GraphServerFactory.RunAllAsync(GraphServerFactory.Embedded(), SearchIndia, SearchIndiaAsOf);

        var all = SearchIds(body[0]!);
        var then = SearchIds(body[1]!);
        var byId = Model.RecruitmentModel.Instance.NodeTypes.SelectMany(t => Nodes(t.Label)).ToDictionary(n => n.Id);
        Assert.Equal(all.Where(id => VisibleOn(byId[id], "2025-01-01")), then);
        Assert.True(then.Count < all.Count, "the day must hide some hits for this test to mean anything");
    }

    [Fact]
    public async Task A_filter_the_store_refuses_is_an_invalid_filter_error_with_its_path()
    {
        var values = string.Join(',', Enumerable.Range(0, 1001).Select(i => $"\"X{i}\""));
        var deep = string.Concat(Enumerable.Repeat("{ and: [", 12)) + "{ name: { eq: \"x\" } }" + string.Concat(Enumerable.Repeat("] }", 12));
        var body = await GraphServerFactory.RunAllAsync(GraphServerFactory.Embedded(),
            $"{{ countries(where: {{ iso2: {{ in: [{values}] }} }}) {{ totalCount }} }}",
            $"{{ units(where: {deep}) {{ totalCount }} }}");

        foreach (var (answer, field, words) in new[] { (body[0]!, "countries", "1000"), (body[1]!, "units", "deeper") })
        {
            var error = answer["errors"]![0]!;
            Assert.Equal("INVALID_FILTER", error["extensions"]!["code"]!.GetValue<string>());
            Assert.Equal(field, error["path"]![0]!.GetValue<string>());
            Assert.Contains(words, error["message"]!.GetValue<string>(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_value_outside_a_closed_vocabulary_is_refused_by_the_schema_before_any_store_sees_it()
    {
        await using var factory = new GraphServerFactory(GraphServerFactory.Embedded());
        using var client = factory.CreateClient();

        var (_, body) = await GraphQLClient.PostAsync(client, "{ recruiters(where: { kind: { eq: PIRATE } }) { totalCount } }");

        Assert.Contains("PIRATE", body["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(body["data"]);
    }

    [SkippableFact]
    public async Task Neo4j_and_the_embedded_store_return_the_same_json_for_filters_as_of_and_search()
    {
        Neo4jTestEnvironment.SkipIfUnavailable();

        using var exclusive = await Neo4jDatabaseLock.AcquireAsync(TimeSpan.FromMinutes(5));
        await Neo4jDatabase.ClearAsync();
        var embedded = await GraphServerFactory.RunAllAsync(GraphServerFactory.Embedded(), [.. Queries, SearchIndiaAsOf, SearchKenya]);
        var neo4j = await GraphServerFactory.RunAllAsync(GraphServerFactory.Neo4j(), [.. Queries, SearchIndiaAsOf, SearchKenya]);

        Assert.All(neo4j, answer => Assert.Null(answer!["errors"]));
        for (var i = 0; i < Queries.Length; i++)
        {
            Assert.Equal(embedded[i]!.ToJsonString(), neo4j[i]!.ToJsonString());
        }

        // The stores agree on the hits of a search, not on their scores or order.
        Assert.Equal(SearchIds(embedded[^1]!), SearchIds(neo4j[^1]!));
        Assert.Equal(SearchIds(embedded[^2]!), SearchIds(neo4j[^2]!));
        Assert.Contains("\"claims\":{\"nodes\":[{", neo4j[4]!.ToJsonString(), StringComparison.Ordinal);
    }

    private static string IdsOf(JsonNode answer, string field) => IdArray(answer["data"]![field]!["nodes"]!);

    private static string IdArray(JsonNode nodes) => Ids(nodes.AsArray().Select(n => n!["id"]!.GetValue<string>())).ToJsonString();

    private static List<string> SearchIds(JsonNode answer) =>
        [.. answer["data"]!["search"]!.AsArray().Select(h => h!["node"]!["id"]!.GetValue<string>()).Order(StringComparer.Ordinal)];

    private static IEnumerable<string> Words(object? value) => System.Text.RegularExpressions.Regex
        .Split((value as string ?? "").ToLowerInvariant(), @"[^\p{L}\p{N}]+");
}
