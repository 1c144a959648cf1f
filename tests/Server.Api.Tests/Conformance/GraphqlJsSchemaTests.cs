using GraphServer.Api.Tests.Support;

namespace GraphServer.Api.Tests.Conformance;

/// <summary>
/// graphql-js, the reference implementation, reads our introspection (buildClientSchema) and prints the same schema
/// as the SDL we serve at /graphql/schema.graphql, once both are sorted the same way.
/// </summary>
[Collection(LiveServerCollection.Name)]
public sealed class GraphqlJsSchemaTests(LiveServer server)
{
    [SkippableFact]
    public async Task Graphql_js_accepts_our_introspection_and_it_prints_the_sdl_we_serve()
    {
        ExternalTools.RequireNode();

        var report = await NodeScript.RunAsync("schema.mjs", TimeSpan.FromMinutes(1), server.BaseUrl);

        Assert.True(report["error"] is null, $"{report["error"]}");
        Assert.True(report["accepted"]!.GetValue<bool>());
        var fromIntrospection = report["fromIntrospection"]!.GetValue<string>();
        Assert.Equal(report["fromSdl"]!.GetValue<string>(), fromIntrospection);
        // The comparison means something only if the schema is the real one, relationship fields included.
        Assert.Contains("targetedBy(", fromIntrospection, StringComparison.Ordinal);
        Assert.Contains("type Query {", fromIntrospection, StringComparison.Ordinal);
        // October 2021's specifiedByURL, which GraphQL.NET 8 lacks and we add, survives the round trip.
        Assert.Contains("scalar Date @specifiedBy(url: \"https://www.w3.org/TR/NOTE-datetime\")", fromIntrospection, StringComparison.Ordinal);
    }
}
