using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using GraphServer.Api.Tests.Access;
using GraphServer.Api.Tests.EndToEnd;

namespace GraphServer.Api.Tests.Mutations;

/// <summary>What protects the write API: the importBatch row cap (a clear error, nothing written) and mutation costs.</summary>
public sealed class MutationLimitTests
{
    private static readonly string SeedSource = SeedExpectations.FirstSourceId;

    private static string Batch(int rows, int first = 0) => "mutation { importBatch(input: { nodes: [" + string.Join(", ", Enumerable.Range(first, rows).Select(i =>
        $$"""{ label: Location, id: "location:synthetic-limit-{{i}}", properties: { name: "Limit {{i}}", synthetic: true }, sources: [{ id: "{{SeedSource}}" }] }"""))
        + "] }) { batch { nodeIds } errors { __typename ... on Error { message } ... on ValidationError { path } } } }";

    private static async Task<JsonNode> PostAsync(HttpClient client, string query)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.For("editor"));
        request.Headers.Add("GraphQL-Cost", "report");
        using var response = await client.SendAsync(request);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    /// <summary>How many of the ids the batches use (synthetic-limit-0 to 39) are stored.</summary>
    private static async Task<int> StoredAsync(HttpClient client)
    {
        var ids = string.Join(", ", Enumerable.Range(0, 40).Select(i => $"\"location:synthetic-limit-{i}\""));
        var body = await PostAsync(client, $"{{ nodes(ids: [{ids}]) {{ id }} }}");
        return body["data"]!["nodes"]!.AsArray().Count(n => n is not null);
    }

    [Fact]
    public async Task An_import_batch_over_the_row_cap_is_refused_as_a_whole_with_the_cap_in_the_message()
    {
        await using var factory = new GraphServerFactory(TestTokens.AuthOn(("GraphServer:Mutations:MaxImportRows", "3")));
        using var client = factory.CreateClient();

        var refused = await PostAsync(client, Batch(4));
        var accepted = await PostAsync(client, Batch(3));

        var error = Assert.Single(refused["data"]!["importBatch"]!["errors"]!.AsArray())!;
        Assert.Equal("ValidationError", error["__typename"]!.GetValue<string>());
        Assert.Equal("nodes", error["path"]!.GetValue<string>());
        Assert.Equal("the batch has 4 rows (nodes and relationships); at most 3 per importBatch: split it", error["message"]!.GetValue<string>());
        Assert.True(accepted["data"]?["importBatch"]?["batch"] is not null, accepted.ToJsonString());
        Assert.Equal(3, accepted["data"]!["importBatch"]!["batch"]!["nodeIds"]!.AsArray().Count);
        Assert.Equal(3, await StoredAsync(client));
    }

    [Fact]
    public async Task A_write_costs_its_base_and_an_import_batch_each_row_so_the_cost_limit_refuses_a_large_batch_before_it_runs()
    {
        await using var factory = new GraphServerFactory(TestTokens.AuthOn(("GraphServer:Http:MaxComplexity", "400")));
        using var client = factory.CreateClient();

        var one = await PostAsync(client, Batch(1));
        var two = await PostAsync(client, Batch(2, first: 1));
        var tooMany = await PostAsync(client, Batch(30, first: 3));

        var oneCost = one["extensions"]!["cost"]!["complexity"]!.GetValue<double>();
        Assert.True(oneCost >= 110, $"one row costs {oneCost}");
        Assert.Equal(10, two["extensions"]!["cost"]!["complexity"]!.GetValue<double>() - oneCost);
        Assert.Null(tooMany["data"]);
        Assert.Equal("COMPLEXITY", tooMany["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.StartsWith($"Query is too complex: it costs {oneCost + (29 * 10)} ", tooMany["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(3, await StoredAsync(client));
    }
}
