using GraphServer.Api.Tests.EndToEnd;
using GraphServer.Api.Tests.Http;

namespace GraphServer.Api.Tests.Protection;

public sealed class IntrospectionSwitchTests
{
    [Fact]
    public async Task With_introspection_off_schema_queries_are_refused_and_data_queries_still_run()
    {
        await using var factory = new GraphServerFactory(GraphServerFactory.Embedded(("GraphServer:Http:Introspection", "false")));
        using var client = factory.CreateClient();

        using var schemaResponse = await client.SendAsync(Requests.Post(new { query = "{ __schema { queryType { name } } }" }));
        using var dataResponse = await client.SendAsync(Requests.Post(new { query = """{ country(id: "country:KE") { name } }""" }));
        var refused = await RawResponse.ReadAsync(schemaResponse);
        var answered = await RawResponse.ReadAsync(dataResponse);

        Assert.Equal(400, refused.Status);
        Assert.Equal("NO_INTROSPECTION", refused.ParseJson()["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal("""{"country":{"name":"Kenya"}}""", answered.ParseJson()["data"]!.ToJsonString());
    }

    [Fact]
    public async Task Limits_come_from_configuration()
    {
        await using var factory = new GraphServerFactory(GraphServerFactory.Embedded(("GraphServer:Http:MaxAliases", "1"), ("GraphServer:Http:MaxDepth", "2")));
        using var client = factory.CreateClient();

        using var aliases = await client.SendAsync(Requests.Post(new { query = "{ a: __typename b: __typename }" }));
        using var depth = await client.SendAsync(Requests.Post(new { query = "{ countries { nodes { id } } }" }));

        Assert.Contains("MAX_ALIASES_EXCEEDED", await aliases.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("this server allows at most 2 levels of fields and this query has 3", await depth.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
