using System.Text;
using GraphServer.Api.Tests.EndToEnd;

namespace GraphServer.Api.Tests.Http;

/// <summary>
/// However deeply a document or its variables nest, the answer is a GraphQL error with the status the GraphQL-over-HTTP
/// draft gives a request that never executed (400 under application/graphql-response+json, 200 under application/json),
/// never a 500 or an empty body.
/// </summary>
public sealed class NestedDocumentTests(EmbeddedServerFixture server) : IClassFixture<EmbeddedServerFixture>
{
    public static TheoryData<string, string> DeepDocuments() => new()
    {
        { "64 nested inline fragments", "{ countries(first: 1) { nodes { " + Repeat("... on Country { ", 64) + "id" + Repeat(" }", 64) + " } } }" },
        { "1,000 nested lists", "{ countries(first: 1, where: " + Repeat("[", 1000) + Repeat("]", 1000) + ") { totalCount } }" },
        { "1,000 nested objects", "{ countries(first: 1, where: " + Repeat("{ and: ", 1000) + "{}" + Repeat(" }", 1000) + ") { totalCount } }" },
    };

    [Theory]
    [MemberData(nameof(DeepDocuments))]
    public async Task A_document_nested_past_the_parser_is_a_400_graphql_error(string what, string document)
    {
        var response = await server.SendAsync(Requests.Post(new { query = document }));

        Assert.True(response.Status == 400, $"{what}: {response.Status} {response.Body}");
        var error = response.ParseJson()["errors"]![0]!;
        Assert.Equal("DOCUMENT_TOO_DEEP", error["extensions"]!["code"]!.GetValue<string>());
        Assert.StartsWith("The document nests too deeply to parse", error["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(DeepDocuments))]
    public async Task Under_application_json_the_same_error_comes_with_200(string what, string document)
    {
        var response = await server.SendAsync(Requests.Post(new { query = document }, accept: "application/json"));

        Assert.True(response.Status == 200, $"{what}: {response.Status} {response.Body}");
        Assert.Equal("DOCUMENT_TOO_DEEP", response.ParseJson()["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_100000_deep_bracket_string_stops_at_the_token_limit()
    {
        var response = await server.SendAsync(Requests.Post(new { query = Repeat("[", 100_000) }));

        Assert.Equal(400, response.Status);
        Assert.Equal("MAX_TOKENS_EXCEEDED", response.ParseJson()["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_100000_deep_bracket_string_under_a_raised_token_limit_reaches_the_parser_and_is_still_a_400()
    {
        await using var factory = new GraphServerFactory(GraphServerFactory.Embedded(("GraphServer:Http:MaxTokens", "1000000")));
        using var client = factory.CreateClient();
        using var request = Requests.Post(new { query = "{ countries(where: " + Repeat("[", 100_000) + ") { totalCount } }" });
        using var answer = await client.SendAsync(request);
        var response = await RawResponse.ReadAsync(answer);

        Assert.Equal(400, response.Status);
        Assert.Equal("DOCUMENT_TOO_DEEP", response.ParseJson()["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("[", "]")]
    [InlineData("{\"a\":", "}")]
    public async Task Variables_nested_1000_deep_are_refused_as_invalid_json(string open, string close)
    {
        var body = "{\"query\":\"query($v: String) { __typename }\",\"variables\":{\"v\":" + Repeat(open, 1000) + "1" + Repeat(close, 1000) + "}}";

        var response = await server.SendAsync(Requests.PostText(body, "application/json"));

        Assert.Equal(400, response.Status);
        Assert.Equal("INVALID_JSON", response.ParseJson()["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_deep_document_sent_with_get_is_refused_the_same_way()
    {
        var document = "{ countries(where: " + Repeat("[", 300) + Repeat("]", 300) + ") { totalCount } }";

        var response = await server.SendAsync(Requests.Get("query=" + Requests.Encode(document)));

        Assert.Equal(400, response.Status);
        Assert.Equal("DOCUMENT_TOO_DEEP", response.ParseJson()["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    private static string Repeat(string text, int times) => new StringBuilder(text.Length * times).Insert(0, text, times).ToString();
}
