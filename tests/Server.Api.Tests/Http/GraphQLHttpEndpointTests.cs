using System.Text.Json.Nodes;

namespace GraphServer.Api.Tests.Http;

/// <summary>What a well-behaved client gets: negotiation, GET and POST, operation selection, variables and extensions.</summary>
public sealed class GraphQLHttpEndpointTests(EmbeddedServerFixture server) : IClassFixture<EmbeddedServerFixture>
{
    [Theory]
    [InlineData(null, "application/json")]
    [InlineData("*/*", "application/json")]
    [InlineData("application/json", "application/json")]
    [InlineData("application/graphql-response+json", "application/graphql-response+json")]
    [InlineData("application/graphql-response+json, application/json;q=0.9", "application/graphql-response+json")]
    [InlineData("application/json;q=0.5, application/graphql-response+json", "application/graphql-response+json")]
    [InlineData("application/json, application/graphql-response+json", "application/json")]
    public async Task The_response_media_type_follows_the_accept_header(string? accept, string expected)
    {
        var response = await server.SendAsync(Requests.Post(new { query = "{ __typename }" }, accept!));

        Assert.Equal(200, response.Status);
        Assert.Equal(expected + "; charset=utf-8", response.ContentType);
        Assert.Equal("Query", response.ParseJson()["data"]!["__typename"]!.GetValue<string>());
    }

    [Fact]
    public async Task Operation_name_selects_one_of_several_operations()
    {
        var response = await server.SendAsync(Requests.Post(new
        {
            query = """query Kenya { country(id: "country:KE") { name } } query Nigeria { country(id: "country:NG") { name } }""",
            operationName = "Kenya",
        }));

        Assert.Equal(200, response.Status);
        Assert.Equal("""{"country":{"name":"Kenya"}}""", response.ParseJson()["data"]!.ToJsonString());
    }

    [Fact]
    public async Task A_get_query_takes_its_variables_as_json_text()
    {
        var query = Requests.Encode("query ($id: ID!) { country(id: $id) { iso2 } }");
        var variables = Requests.Encode("""{"id":"country:KE"}""");

        var response = await server.SendAsync(Requests.Get($"query={query}&variables={variables}"));

        Assert.Equal(200, response.Status);
        Assert.Equal("""{"country":{"iso2":"KE"}}""", response.ParseJson()["data"]!.ToJsonString());
    }

    [Fact]
    public async Task A_post_query_takes_variables_and_extensions_as_objects()
    {
        var response = await server.SendAsync(Requests.Post(new
        {
            query = "query ($id: ID!) { country(id: $id) { iso2 } }",
            variables = new { id = "country:KE" },
            extensions = new { tracing = false },
        }));

        Assert.Equal(200, response.Status);
        Assert.Equal("""{"country":{"iso2":"KE"}}""", response.ParseJson()["data"]!.ToJsonString());
    }

    [Fact]
    public async Task A_same_origin_browser_get_and_a_cross_site_request_with_a_preflight_header_both_run()
    {
        var sameOrigin = Requests.Get("query=" + Requests.Encode("{ __typename }"));
        sameOrigin.Headers.Add("Sec-Fetch-Site", "same-origin");
        var preflighted = Requests.Get("query=" + Requests.Encode("{ __typename }"));
        preflighted.Headers.Add("Sec-Fetch-Site", "cross-site");
        preflighted.Headers.Add("GraphQL-Preflight", "1");

        Assert.Equal(200, (await server.SendAsync(sameOrigin)).Status);
        Assert.Equal(200, (await server.SendAsync(preflighted)).Status);
    }

    [Fact]
    public async Task The_cost_is_reported_when_the_header_or_the_extension_asks_for_it()
    {
        const string Query = "{ countries(first: 20) { nodes { id targetedBy(first: 5) { nodes { id } } } } }";
        var byHeader = Requests.Post(new { query = Query });
        byHeader.Headers.Add("GraphQL-Cost", "report");

        var fromHeader = (await server.SendAsync(byHeader)).ParseJson()["extensions"]!["cost"]!;
        var fromExtension = (await server.SendAsync(Requests.Post(new { query = Query, extensions = new { cost = true } })))
            .ParseJson()["extensions"]!["cost"]!;
        var unasked = (await server.SendAsync(Requests.Post(new { query = Query }))).ParseJson();

        // countries 1 + nodes 1 + 20 × (id 1 + targetedBy 1 + nodes 1 + 5 × id 1): first/last multiply the cost.
        Assert.Equal(1 + 1 + (20 * (1 + 1 + 1 + 5)), fromHeader["complexity"]!.GetValue<double>());
        Assert.Equal(5, fromHeader["depth"]!.GetValue<int>());
        Assert.Equal(fromHeader.ToJsonString(), fromExtension.ToJsonString());
        Assert.Null(unasked["extensions"]);
    }

    [Fact]
    public async Task Without_first_a_list_costs_what_the_default_page_will_hold()
    {
        var response = await server.SendAsync(Requests.Post(new
        {
            query = "{ countries { nodes { id targetedBy { nodes { id } } } } }",
            extensions = new { cost = true },
        }));

        // countries 1 + nodes 1 + 50 × (id 1 + targetedBy 1 + nodes 1) + 50 × 10 × id 1: the default page sizes of a
        // root collection (50) and of a relationship connection (10 per parent).
        Assert.Equal(1 + 1 + (50 * 3) + (50 * 10), response.ParseJson()["extensions"]!["cost"]!["complexity"]!.GetValue<double>());
    }

    [Fact]
    public async Task Relationship_fields_answer_from_the_seed_in_both_directions()
    {
        var response = await server.SendAsync(Requests.Post(new
        {
            query = """{ country(id: "country:CM") { targetedBy { nodes { id targets { nodes { id } } } } } }""",
        }));

        var offers = response.ParseJson()["data"]!["country"]!["targetedBy"]!["nodes"]!.AsArray();
        Assert.NotEmpty(offers);
        Assert.All(offers, offer => Assert.Contains(
            offer!["targets"]!["nodes"]!.AsArray(), country => country!["id"]!.GetValue<string>() == "country:CM"));
    }

    [Fact]
    public async Task The_sdl_is_served_at_schema_graphql()
    {
        using var response = await server.Client.GetAsync(new Uri("/graphql/schema.graphql", UriKind.Relative));
        var sdl = await response.Content.ReadAsStringAsync();

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("application/graphql", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("type Query {", sdl, StringComparison.Ordinal);
        Assert.Contains("targetedBy(", sdl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Readiness_reports_the_store_that_answers()
    {
        using var response = await server.Client.GetAsync(new Uri("/health/ready", UriKind.Relative));

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("""{"status":"ready","store":"embedded"}""", JsonNode.Parse(await response.Content.ReadAsStringAsync())!.ToJsonString());
    }
}
