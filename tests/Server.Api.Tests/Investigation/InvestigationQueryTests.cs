using System.Net;
using System.Text.Json.Nodes;
using GraphServer.Api.Tests.EndToEnd;
using GraphServer.Api.Tests.Http;
using GraphServer.Model;
using static GraphServer.Api.Tests.EndToEnd.SeedExpectations;

namespace GraphServer.Api.Tests.Investigation;

/// <summary>
/// What trace, traces and timeline answer on the seed, checked against the seed file itself, and how they refuse bad
/// input: a specific error code at the field's path, the rest of the answer intact.
/// </summary>
public sealed class InvestigationQueryTests(EmbeddedServerFixture server) : IClassFixture<EmbeddedServerFixture>
{
    private const string Demo = "fighter:syn-001";

    [Fact]
    public async Task A_demo_fighter_s_trace_gives_a_branch_per_deployment_place_each_hop_with_the_seed_s_relationship_and_sources()
    {
        var trace = (await DataAsync(InvestigationQueries.Seed["trace_of_a_captured_demo_fighter"]))["trace"]!;

        var places = Edges("DEPLOYED_TO").Where(e => e.FromId == "unit:syn-1").Select(e => e.ToId).Order(StringComparer.Ordinal).ToList();
        var branches = trace["branches"]!.AsArray();
        Assert.Equal(places, branches.Select(b => b!["steps"]![5]!["node"]!["id"]!.GetValue<string>()));
        foreach (var branch in branches)
        {
            Assert.Empty(branch!["missing"]!.AsArray());
            var steps = branch["steps"]!.AsArray();
            foreach (var step in steps.Where(s => s!["linksTo"] is not null))
            {
                var node = step!["node"]!["id"]!.GetValue<string>();
                var linked = steps.Single(s => s!["hop"]!.GetValue<string>() == step["linksTo"]!.GetValue<string>())!;
                var far = linked["node"]!["id"]!.GetValue<string>();
                var edge = Edges(step["relationship"]!.GetValue<string>())
                    .Single(e => (e.FromId, e.ToId) == (node, far) || (e.FromId, e.ToId) == (far, node));
                Assert.Equal((IEnumerable<string>)edge.Properties["sourceIds"]!,
                    step["sources"]!.AsArray().Select(s => s!["id"]!.GetValue<string>()));
            }

            var offer = Nodes("Offer").Single(o => o.Id == "offer:syn-a-demo");
            var promise = branch["promise"]!;
            Assert.Equal((string)offer["promisedRole"]!, promise["promisedRole"]!.GetValue<string>());
            Assert.Equal((double)offer["salaryAmount"]!, promise["salaryAmount"]!.GetValue<double>());
            Assert.Equal((double)offer["salaryAmountMax"]!, promise["salaryAmountMax"]!.GetValue<double>());
            var outcome = branch["outcome"]!;
            Assert.Equal("ASSAULT", outcome["unitKind"]!.GetValue<string>());
            Assert.Equal((string)Edges("SERVED_IN").Single(e => e.FromId == Demo).Properties["role"]!, outcome["role"]!.GetValue<string>());
            Assert.Equal("CAPTURE", outcome["happened"]!.GetValue<string>());
            Assert.Equal("CAPTURED", outcome["status"]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task A_hop_the_seed_does_not_hold_is_a_missing_step_naming_the_relationship_never_dropped()
    {
        var branch = Assert.Single((await DataAsync(InvestigationQueries.Seed["trace_of_a_reported_fighter_with_missing_hops"]))
            ["trace"]!["branches"]!.AsArray())!;

        Assert.Equal(["RECRUITER", "OFFER", "AD_CHANNEL", "UNIT", "LOCATION"],
            branch["missing"]!.AsArray().Select(h => h!.GetValue<string>()));
        Assert.Equal(7, branch["steps"]!.AsArray().Count);
        var unit = branch["steps"]![4]!;
        Assert.Equal(("SERVED_IN", true), (unit["relationship"]!.GetValue<string>(), unit["missing"]!.GetValue<bool>()));
        Assert.Null(branch["promise"]);
        Assert.Equal("SURRENDER", branch["outcome"]!["happened"]!.GetValue<string>());
    }

    [Fact]
    public async Task As_of_a_day_a_trace_leaves_out_the_hops_and_sources_first_reported_later()
    {
        var before = (await DataAsync(InvestigationQueries.Seed["trace_as_of_before_the_offer_was_seen"]))["trace"]!;
        var somali = (await DataAsync(InvestigationQueries.Seed["trace_as_of_before_the_later_sources"]))["trace"]!;
        var unknown = await DataAsync("""{ trace(fighter: "fighter:somali-avdiivka-2024", asOf: "2023-12-31") { fighter { id } } }""");

        // The offer was first seen 2025-01-15 and the capture happened 2025-06-10: on 2025-03-01 neither is known.
        Assert.All(before["branches"]!.AsArray(),
            b => Assert.Equal(["OUTCOME"], b!["missing"]!.AsArray().Select(h => h!.GetValue<string>())));
        var cited = somali.ToJsonString();
        Assert.DoesNotContain("2025-11-25", cited, StringComparison.Ordinal);
        Assert.Contains("source:hiiraan-2024-01-13-somali-surrender", cited, StringComparison.Ordinal);
        Assert.Null(unknown["trace"]);
    }

    [Fact]
    public async Task Traces_filter_on_each_step_as_the_seed_says()
    {
        var data = await DataAsync(InvestigationQueries.Seed["traces_filtered_on_every_step"]);

        string[] Ids(string alias) => [.. data[alias]!["nodes"]!.AsArray().Select(t => t!["fighter"]!["id"]!.GetValue<string>())];
        Assert.Equal(Nodes("Fighter").Where(f => (string?)f["status"] == "captured").Select(f => f.Id).Order(StringComparer.Ordinal),
            Ids("captured"));
        Assert.Equal(["fighter:syn-001", "fighter:syn-002"], Ids("telegram"));
        Assert.Equal(["fighter:syn-003"], Ids("recruiter"));
        var assault = Edges("SERVED_IN").Where(e => e.ToId is "unit:syn-1" or "unit:syn-2").Select(e => e.FromId);
        Assert.Equal(assault.Order(StringComparer.Ordinal), Ids("assault"));
        Assert.Equal(["fighter:somali-avdiivka-2024", "fighter:syn-003"], Ids("surrendered"));
        Assert.Equal([Demo], Ids("kenyans"));
        Assert.Empty(Ids("nobody"));
        Assert.Equal(0, data["empty"]!["totalCount"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("{ timeline(of: \"country:KE\", hops: 4) { date } }", "timeline", "INVALID_ARGUMENT", "hops")]
    [InlineData("{ timeline(of: \"country:KE\", hops: 0) { date } }", "timeline", "INVALID_ARGUMENT", "hops")]
    [InlineData("{ timeline(of: \"country:KE\", first: 501) { date } }", "timeline", "PAGE_TOO_LARGE", "first")]
    [InlineData("{ traces(after: \"not-a-cursor\") { totalCount } }", "traces", "INVALID_CURSOR", "after")]
    [InlineData("{ traces(after: \"b2Zmc2V0Ojk5OTk5OTk5OTk5OQ==\") { totalCount } }", "traces", "INVALID_CURSOR", "after")]
    [InlineData("{ traces(first: -1) { totalCount } }", "traces", "INVALID_PAGING", "first")]
    [InlineData("{ traces(first: 501) { totalCount } }", "traces", "PAGE_TOO_LARGE", "500")]
    public async Task Bad_input_gets_a_specific_error_at_the_field_s_path(string query, string field, string code, string mentioned)
    {
        var (response, body) = await GraphQLClient.PostAsync(server.Client, query);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var error = Assert.Single(body["errors"]!.AsArray())!;
        Assert.Equal(code, error["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal([field], error["path"]!.AsArray().Select(p => p!.GetValue<string>()));
        Assert.Contains(mentioned, error["message"]!.GetValue<string>(), StringComparison.Ordinal);

        // Both fields are non-null lists or connections, so the error nulls the whole answer, as the spec says it must.
        Assert.Null(body["data"]);
    }

    [Fact]
    public async Task Unknown_ids_answer_null_or_an_empty_timeline_without_an_error()
    {
        var (_, body) = await GraphQLClient.PostAsync(server.Client, InvestigationQueries.Seed["not_found_and_out_of_range"]);

        Assert.Null(body["errors"]);
        Assert.Equal("""{"unknown":null,"notAFighter":null,"nowhere":[]}""", body["data"]!.ToJsonString());
    }

    [Fact]
    public async Task The_cost_limit_counts_every_trace_branch_and_step_and_refuses_a_page_too_large_for_it()
    {
        const string Selection = "{ nodes { branches { steps { node { id } sources { id title } } } } } }";
        var (refused, body) = await GraphQLClient.PostAsync(server.Client, "{ traces(first: 200) " + Selection);
        var (accepted, _) = await GraphQLClient.PostAsync(server.Client, "{ traces(first: 10) " + Selection);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("COMPLEXITY", body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Matches(@"Costliest fields: traces costs [\d,]+ \(first: 200\)", body["errors"]![0]!["message"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
    }

    [Fact]
    public async Task A_timeline_is_in_date_order_with_the_distance_of_each_event_and_its_sources()
    {
        var entries = (await DataAsync(InvestigationQueries.Seed["timeline_of_kenya_two_hops"]))["timeline"]!.AsArray();

        var warning = Nodes("Event")
            .Single(e => (string?)e["kind"] == "warning" && Edges("BY").Any(b => b.FromId == e.Id && b.ToId == "country:KE"));
        var near = entries.Single(e => e!["event"]!["id"]!.GetValue<string>() == warning.Id)!;
        Assert.Equal(1, near["distance"]!.GetValue<int>());
        Assert.Equal(Edges("CITES").Where(c => c.FromId == warning.Id).Select(c => c.ToId).Order(StringComparer.Ordinal),
            near["sources"]!.AsArray().Select(s => s!["id"]!.GetValue<string>()));
        var capture = entries.Single(e => e!["event"]!["id"]!.GetValue<string>() == "event:syn-001-capture")!;
        Assert.Equal(2, capture["distance"]!.GetValue<int>());
        var dates = entries.Select(e => e!["date"]!.GetValue<string>()).ToList();
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
    }

    [Fact]
    public async Task As_of_a_day_a_timeline_walks_only_what_was_known_and_lists_only_sources_published_by_then()
    {
        var data = await DataAsync(InvestigationQueries.Seed["timeline_of_a_fighter_two_hops_as_of_three_days"]);
        static List<string> Events(JsonNode entries) => [.. entries.AsArray().Select(e => e!["event"]!["id"]!.GetValue<string>())];

        Assert.Contains("event:ke-ruto-warning-2025-11-06", Events(data["now"]!));
        foreach (var (field, day) in new[] { ("november", "2025-11-15"), ("july", "2025-07-31"), ("before", "2024-01-01") })
        {
            var entries = data[field]!.AsArray();
            Assert.All(Events(entries), id => Assert.True(VisibleOn(Nodes("Event").Single(n => n.Id == id), day), $"{field}: {id}"));
            Assert.All(entries.SelectMany(e => e!["sources"]!.AsArray()), s => Assert.True(
                s!["publishedAt"] is null || string.CompareOrdinal(s["publishedAt"]!.GetValue<string>(), day) <= 0, $"{field}: {s}"));
        }

        var warning = data["november"]!.AsArray().Single(e => e!["event"]!["id"]!.GetValue<string>() == "event:ke-ruto-warning-2025-11-06")!;
        var cited = Edges("CITES").Where(c => c.FromId == "event:ke-ruto-warning-2025-11-06")
            .Select(c => Nodes("Source").Single(n => n.Id == c.ToId))
            .Where(n => n["publishedAt"] is not string published || string.CompareOrdinal(PartialDates.FirstDay(published).ToString("yyyy-MM-dd",
                System.Globalization.CultureInfo.InvariantCulture), "2025-11-15") <= 0)
            .Select(n => n.Id).Order(StringComparer.Ordinal);
        Assert.Equal(cited, warning["sources"]!.AsArray().Select(s => s!["id"]!.GetValue<string>()));
        Assert.Equal(4, cited.Count());
        // Kenya is first reported on 2025-11-10, so in July the walk does not reach its warning through it; the capture is
        // the fighter's own; in 2024 nothing had happened yet.
        Assert.Equal(Events(data["now"]!).Where(id => VisibleOn(Nodes("Event").Single(n => n.Id == id), "2025-11-15")), Events(data["november"]!));
        Assert.Equal(["event:syn-001-capture"], Events(data["july"]!));
        Assert.Empty(data["before"]!.AsArray());
    }

    [Fact]
    public async Task Traces_order_by_alias_and_by_latest_outcome_date_with_ties_by_id_as_the_seed_says()
    {
        var data = await DataAsync(InvestigationQueries.Seed["traces_ordered_by_alias_and_outcome_date"]);
        static List<string> Ids(JsonNode connection) => [.. connection["nodes"]!.AsArray().Select(n => n!["fighter"]!["id"]!.GetValue<string>())];

        var fighters = Nodes("Fighter").ToList();
        Assert.Equal(fighters.OrderBy(f => (string)f["alias"]!, StringComparer.Ordinal).ThenBy(f => f.Id, StringComparer.Ordinal)
            .Select(f => f.Id), Ids(data["byAlias"]!));
        Assert.Equal(fighters.OrderByDescending(f => (string)f["alias"]!, StringComparer.Ordinal).ThenBy(f => f.Id, StringComparer.Ordinal)
            .Select(f => f.Id).Take(3), Ids(data["byAliasDesc"]!));

        var events = Nodes("Event").ToDictionary(e => e.Id, StringComparer.Ordinal);
        DateOnly? Latest(string fighter) => Edges("SUBJECT_OF").Where(e => e.FromId == fighter)
            .Select(e => events[e.ToId]["date"] as string).OfType<string>().Select(d => (DateOnly?)PartialDates.FirstDay(d)).Max();
        var dated = fighters.Select(f => (f.Id, Date: Latest(f.Id))).ToList();
        var ascending = dated.OrderBy(f => f.Date is null).ThenBy(f => f.Date).ThenBy(f => f.Id, StringComparer.Ordinal).Select(f => f.Id).ToList();
        var descending = dated.OrderBy(f => f.Date is not null).ThenByDescending(f => f.Date).ThenBy(f => f.Id, StringComparer.Ordinal)
            .Select(f => f.Id).ToList();
        Assert.True(dated.Count(f => f.Date is not null) >= 2, "the seed should date at least two outcomes");
        Assert.Equal(ascending, Ids(data["earliestOutcomeFirst"]!));
        Assert.Equal(descending, Ids(data["latestOutcomeFirst"]!));
        Assert.Equal(fighters.Count, data["earliestOutcomeFirst"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(ascending.Skip(2).Take(2), Ids(data["secondPage"]!));
        Assert.True(data["secondPage"]!["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());

        var capturedByJuly = dated.Where(f => (string?)fighters.Single(n => n.Id == f.Id)["status"] == "captured"
                && VisibleOn(fighters.Single(n => n.Id == f.Id), "2025-07-31"))
            .Select(f => f.Id).ToList();
        Assert.Equal(capturedByJuly.Count, data["capturedAsOf"]!["totalCount"]!.GetValue<int>());
    }

    private async Task<JsonNode> DataAsync(string query)
    {
        var (response, body) = await GraphQLClient.PostAsync(server.Client, query);
        Assert.True(response.StatusCode == HttpStatusCode.OK && body["errors"] is null, body.ToJsonString());
        return body["data"]!;
    }
}
