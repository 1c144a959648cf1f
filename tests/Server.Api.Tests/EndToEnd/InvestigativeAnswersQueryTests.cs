using System.Text.Json.Nodes;
using GraphServer.Api.Tests.Support;
using GraphServer.Tests.Shared;
using Snapshooter;
using Snapshooter.Xunit;
using static GraphServer.Api.Tests.EndToEnd.SeedExpectations;

namespace GraphServer.Api.Tests.EndToEnd;

/// <summary>
/// claimComparisons, funnel and aggregate on the seed through the HTTP API: what the seed says (computed from the seed
/// file, not restated), the reviewed answers as snapshots, and the same JSON from both stores.
/// </summary>
[Collection(Neo4jCollection.Name)]
public sealed class InvestigativeAnswersQueryTests
{
    private const string Compared = """
        fragment C on ClaimComparison { metric subject { __typename ... on Country { id } ... on Organization { id } }
          claims { claim { id } value valueMax asOf asOfPrecision knownFrom
            statedBy { __typename ... on Person { id } ... on Organization { id } } sources { id publisher quote } }
          min { claim { id } value } max { claim { id } value valueMax } latest { claim { id } asOf knownFrom } disagree }
        """;

    private static readonly string ClaimsQuery = """
        { identified: claimComparisons(metric: FOREIGNERS_IDENTIFIED) { ...C }
          killed: claimComparisons(metric: FOREIGNERS_KILLED, about: "country:RU") { ...C }
          india: claimComparisons(about: "country:IN") { metric claims { claim { id } value } disagree }
          nowhere: claimComparisons(about: "country:XX") { metric } }
        """ + Compared;

    private const string AsOfDay = "2025-06-30";

    private const string AsOfQuery = """
        { claimComparisons(asOf: "2025-06-30", first: 500) { metric claims { claim { id } knownFrom } } }
        """;

    private const string FunnelQuery = """
        { kenya: funnel(country: "country:KE") { ...F } india: funnel(country: "country:IN") { ...F }
          unknown: funnel(country: "country:XX") { country { id } } notACountry: funnel(country: "person:dmytro-usov") { country { id } } }
        fragment F on Funnel { country { id name } stages { stage counted
          reported { claim { id } value asOf statedBy { __typename ... on Person { id } ... on Organization { id } } sources { id } } } }
        """;

    private const string AggregateQuery = """
        { fighters { totalCount aggregate(groupBy: [CITIZEN_OF, STATUS], first: 500) { keys { key value } count } }
          listed: fighters(first: 500) { nodes { id status citizenOf(first: 100) { nodes { id } } } }
          offers { aggregate(groupBy: [ADVERTISED_ON_PLATFORM, LANGUAGE], first: 500) { keys { key value } count } }
          listedOffers: offers(first: 500) { nodes { language advertisedOn(first: 100) { nodes { platform } } } }
          recruiters(first: 100, order: [{ id: ASC }]) { nodes { id recruited(first: 20) { totalCount nodes { status }
            aggregate(groupBy: [STATUS]) { keys { value } count } } } }
          captured: fighters(where: { status: { eq: CAPTURED } }, asOf: "2025-01-01") { totalCount
            aggregate(groupBy: [CITIZEN_OF]) { keys { value } count } } }
        """;

    private const string GroupByErrorsQuery = """
        { none: fighters { aggregate(groupBy: []) { count } } twice: offers { aggregate(groupBy: [LANGUAGE, LANGUAGE]) { count } }
          tooMany: fighters { aggregate(groupBy: [STATUS, CITIZEN_OF, RECRUITED_BY, SERVED_IN]) { count } } }
        """;

    private static readonly string[] Queries = [ClaimsQuery, AsOfQuery, FunnelQuery, AggregateQuery, GroupByErrorsQuery];

    [Fact]
    public async Task The_seed_answers_claims_side_by_side_funnels_and_aggregates_as_the_seed_implies()
    {
        var answers = await GraphServerFactory.RunAllAsync(GraphServerFactory.Embedded(), Queries);

        AssertClaims(answers[0]!);
        AssertAsOf(answers[1]!);
        AssertFunnels(answers[2]!);
        AssertAggregates(answers[3]!);
        AssertGroupByErrors(answers[4]!);
        Snapshot.Match(Newtonsoft.Json.Linq.JToken.Parse(ComparableAnswers.InPathOrder(answers)));
    }

    [SkippableFact]
    public async Task Neo4j_and_the_embedded_store_give_the_same_investigative_answers()
    {
        Neo4jTestEnvironment.SkipIfUnavailable();

        using var exclusive = await Neo4jDatabaseLock.AcquireAsync(TimeSpan.FromMinutes(5));
        await Neo4jDatabase.ClearAsync();
        var embedded = await GraphServerFactory.RunAllAsync(GraphServerFactory.Embedded(), Queries);
        var neo4j = await GraphServerFactory.RunAllAsync(GraphServerFactory.Neo4j(), Queries);

        Assert.Null(neo4j[0]!["errors"]);
        Assert.Equal(ComparableAnswers.InPathOrder(embedded), ComparableAnswers.InPathOrder(neo4j));
    }

    [Fact]
    public async Task An_unknown_group_key_is_a_validation_error_naming_it()
    {
        await using var factory = new GraphServerFactory(GraphServerFactory.Embedded());
        using var client = factory.CreateClient();

        var (response, body) = await GraphQLClient.PostAsync(client, "{ fighters { aggregate(groupBy: [NAME]) { count } } }");

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(body["data"]);
        Assert.Contains("NAME", body["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    private static void AssertClaims(JsonNode body)
    {
        Assert.Null(body["errors"]);
        var data = body["data"]!;
        foreach (var (alias, metric) in new[] { ("identified", "foreigners_identified"), ("killed", "foreigners_killed") })
        {
            var russia = data[alias]!.AsArray().Single(c => (string?)c!["subject"]?["id"] == "country:RU")!;
            var expected = ClaimsAbout(metric, "country:RU");
            Assert.True(expected.Count > 1, $"the seed has conflicting {metric} figures about Russia");
            Assert.Equal(expected.Select(c => c.Id).Order(StringComparer.Ordinal), Ids(russia["claims"]!, "claim").Order(StringComparer.Ordinal));
            Assert.Equal(expected.MinBy(c => Value(c))!.Id, (string?)russia["min"]!["claim"]!["id"]);
            Assert.Equal(expected.MaxBy(c => Value(c))!.Id, (string?)russia["max"]!["claim"]!["id"]);
            Assert.True(russia["disagree"]!.GetValue<bool>(), "different figures for the same metric and subject disagree");
            foreach (var claim in russia["claims"]!.AsArray())
            {
                var id = (string)claim!["claim"]!["id"]!;
                Assert.Equal(Edges("STATED_BY").Where(e => e.FromId == id).Select(e => e.ToId).Order(StringComparer.Ordinal),
                    claim["statedBy"]!.AsArray().Select(s => (string)s!["id"]!));
                Assert.Equal(Edges("CITES").Where(e => e.FromId == id).Select(e => e.ToId).Order(StringComparer.Ordinal),
                    claim["sources"]!.AsArray().Select(s => (string)s!["id"]!));
            }
        }

        // Every comparison of the metric groups exactly the seed's claims of that metric about its subject.
        Assert.All(data["identified"]!.AsArray(), group => Assert.Equal(
            ClaimsAbout("foreigners_identified", (string?)group!["subject"]?["id"]).Select(c => c.Id).Order(StringComparer.Ordinal),
            Ids(group["claims"]!, "claim").Order(StringComparer.Ordinal)));
        var india = data["india"]!.AsArray();
        Assert.Equal(Edges("ABOUT").Where(e => e.ToId == "country:IN").Select(e => Metric(e.FromId)).Distinct().Order(StringComparer.Ordinal),
            india.Select(g => ((string)g!["metric"]!).ToLowerInvariant()).Order(StringComparer.Ordinal));
        Assert.Empty(data["nowhere"]!.AsArray());
    }

    private static void AssertAsOf(JsonNode body)
    {
        Assert.Null(body["errors"]);
        var seen = body["data"]!["claimComparisons"]!.AsArray().SelectMany(g => g!["claims"]!.AsArray()).ToList();
        Assert.All(seen, c => Assert.True(string.CompareOrdinal((string)c!["knownFrom"]!, AsOfDay) <= 0, c!.ToJsonString()));
        Assert.Equal(Nodes("Claim").Where(c => VisibleOn(c, AsOfDay)).Select(c => c.Id).Order(StringComparer.Ordinal),
            seen.Select(c => (string)c!["claim"]!["id"]!).Distinct().Order(StringComparer.Ordinal));
    }

    private static void AssertFunnels(JsonNode body)
    {
        Assert.Null(body["errors"]);
        var data = body["data"]!;
        foreach (var (alias, country) in new[] { ("kenya", "country:KE"), ("india", "country:IN") })
        {
            var stages = data[alias]!["stages"]!.AsArray().ToDictionary(s => (string)s!["stage"]!, s => s!);
            Assert.Equal(["OFFERED", "RECRUITED", "DEPLOYED", "CAPTURED", "KILLED", "MISSING", "REPATRIATED", "DESERTED"], stages.Keys);
            Assert.Equal(Edges("TARGETS").Count(e => e.ToId == country), (int)stages["OFFERED"]["counted"]!);
            Assert.Equal(Edges("CITIZEN_OF").Count(e => e.ToId == country), (int)stages["RECRUITED"]["counted"]!);
            FunnelNeverGrows(data[alias]!);
            Assert.Equal(ClaimsAbout("foreigners_recruited", country).Concat(ClaimsAbout("foreigners_identified", country))
                .Select(c => c.Id).Order(StringComparer.Ordinal), Ids(stages["RECRUITED"]["reported"]!, "claim").Order(StringComparer.Ordinal));
        }

        Assert.Contains("claim:mudavadi-kenyans-recruited-200", Ids(data["kenya"]!["stages"]![1]!["reported"]!, "claim"));
        Assert.Contains("claim:jaishankar-indians-died-2024-08", Ids(data["india"]!["stages"]![4]!["reported"]!, "claim"));
        Assert.Null(data["unknown"]);
        Assert.Null(data["notACountry"]);
    }

    /// <summary>Fighter stages (RECRUITED onwards) never grow: deployed ≤ recruited, every outcome ≤ deployed.</summary>
    internal static void FunnelNeverGrows(JsonNode funnel)
    {
        var counts = funnel["stages"]!.AsArray().ToDictionary(s => (string)s!["stage"]!, s => (int)s!["counted"]!);
        Assert.True(counts["DEPLOYED"] <= counts["RECRUITED"], funnel.ToJsonString());
        Assert.All(new[] { "CAPTURED", "KILLED", "MISSING", "REPATRIATED", "DESERTED" },
            outcome => Assert.True(counts[outcome] <= counts["DEPLOYED"], $"{outcome}: {funnel.ToJsonString()}"));
    }

    private static void AssertAggregates(JsonNode body)
    {
        Assert.Null(body["errors"]);
        var data = body["data"]!;
        Assert.Equal(OneByOne(data["listed"]!["nodes"]!.AsArray().SelectMany(f => Or(f!["citizenOf"]!["nodes"]!.AsArray()
                .Select(c => (string?)c!["id"])).Select(c => $"{c}|{((string)f!["status"]!)}"))),
            Groups(data["fighters"]!["aggregate"]!));
        Assert.Equal(OneByOne(data["listedOffers"]!["nodes"]!.AsArray().SelectMany(o => Or(o!["advertisedOn"]!["nodes"]!.AsArray()
                .Select(c => (string?)c!["platform"])).Select(p => $"{p}|{(string?)o!["language"] ?? "null"}"))),
            Groups(data["offers"]!["aggregate"]!));
        foreach (var recruiter in data["recruiters"]!["nodes"]!.AsArray())
        {
            var recruited = recruiter!["recruited"]!;
            Assert.Equal(OneByOne(recruited["nodes"]!.AsArray().Select(f => (string)f!["status"]!)), Groups(recruited["aggregate"]!));
            Assert.Equal((int)recruited["totalCount"]!, recruited["aggregate"]!.AsArray().Sum(g => (int)g!["count"]!));
        }

        var captured = data["captured"]!;
        Assert.True(captured["aggregate"]!.AsArray().Sum(g => (int)g!["count"]!) >= (int)captured["totalCount"]!);
        Assert.Equal("CITIZEN_OF", (string?)data["fighters"]!["aggregate"]![0]!["keys"]![0]!["key"]);
    }

    private static void AssertGroupByErrors(JsonNode body)
    {
        var errors = body["errors"]!.AsArray().ToDictionary(e => e!["path"]!.ToJsonString(), e => e!);
        Assert.Equal(["[\"none\",\"aggregate\"]", "[\"tooMany\",\"aggregate\"]", "[\"twice\",\"aggregate\"]"], errors.Keys.Order(StringComparer.Ordinal));
        Assert.All(errors.Values, e => Assert.Equal("INVALID_GROUP_BY", (string?)e["extensions"]!["code"]));
        Assert.Contains("LANGUAGE twice", (string)errors["[\"twice\",\"aggregate\"]"]["message"]!, StringComparison.Ordinal);
    }

    private static List<Store.GraphNode> ClaimsAbout(string metric, string? subject) => [.. Nodes("Claim").Where(c => (string?)c["metric"] == metric
        && (subject is null ? Edges("ABOUT").All(e => e.FromId != c.Id) : Edges("ABOUT").Any(e => e.FromId == c.Id && e.ToId == subject)))];

    private static string Metric(string claimId) => (string)Nodes("Claim").Single(c => c.Id == claimId)["metric"]!;

    private static double Value(Store.GraphNode claim) => Convert.ToDouble(claim["value"], System.Globalization.CultureInfo.InvariantCulture);

    private static IEnumerable<string> Ids(JsonNode list, string field) => list.AsArray().Select(x => (string)x![field]!["id"]!);

    /// <summary>A record with no neighbour on the key's end counts in the null group (enum values are spelled as the API spells them).</summary>
    private static IEnumerable<string?> Or(IEnumerable<string?> values) => values.DefaultIfEmpty(null).Select(v => v ?? "null");

    private static List<string> OneByOne(IEnumerable<string?> rows) =>
        [.. rows.GroupBy(r => r!, StringComparer.Ordinal).Select(g => $"{g.Key}={g.Count()}").Order(StringComparer.Ordinal)];

    private static List<string> Groups(JsonNode aggregate) => [.. aggregate.AsArray()
        .Select(g => string.Join('|', g!["keys"]!.AsArray().Select(k => (string?)k!["value"] ?? "null")) + "=" + (int)g!["count"]!)
        .Order(StringComparer.Ordinal)];
}
