using System.Text.Json.Nodes;
using GraphServer.Api.Tests.Support;

namespace GraphServer.Api.Tests.Conformance;

/// <summary>
/// graphql-js, the reference implementation, reads our introspection (buildClientSchema) and prints the same schema
/// as the SDL we serve at /graphql/schema.graphql, once both are sorted the same way. Both majors: graphql 16, which
/// most tools still bundle, and graphql 17, whose introspection query (every option on) follows the GraphQL spec's
/// September 2025 edition: includeDeprecated on every list of input values, isOneOf.
/// </summary>
[Collection(LiveServerCollection.Name)]
public sealed class GraphqlJsSchemaTests(LiveServer server)
{
    [SkippableTheory]
    [InlineData("graphql", "16.")]
    [InlineData("graphql17", "17.")]
    public async Task Graphql_js_accepts_our_introspection_with_every_option_and_it_prints_the_sdl_we_serve(string package, string major)
    {
        ExternalTools.RequireNode();

        var report = await NodeScript.RunAsync("schema.mjs", TimeSpan.FromMinutes(1), server.BaseUrl, package);

        Assert.True(report["error"] is null, $"{report["error"]}");
        Assert.StartsWith(major, report["version"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.True(report["accepted"]!.GetValue<bool>());
        var fromIntrospection = report["fromIntrospection"]!.GetValue<string>();
        Assert.Equal(report["fromSdl"]!.GetValue<string>(), fromIntrospection);
        // The comparison means something only if the schema is the real one, relationship fields included.
        Assert.Contains("  neighborhood(", fromIntrospection, StringComparison.Ordinal);
        Assert.Contains("targetedBy(", fromIntrospection, StringComparison.Ordinal);
        Assert.Contains("type Query {", fromIntrospection, StringComparison.Ordinal);
        // October 2021's specifiedByURL, which GraphQL.NET 8 lacks and we add, survives the round trip.
        Assert.Contains("scalar Date @specifiedBy(url: \"https://www.w3.org/TR/NOTE-datetime\")", fromIntrospection, StringComparison.Ordinal);
        // A sort key is a choice of one: @oneOf survives the round trip.
        Assert.Contains("input OfferSortInput @oneOf {", fromIntrospection, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task The_september_2025_introspection_fields_answer_as_the_spec_says()
    {
        ExternalTools.RequireNode();

        var report = await NodeScript.RunAsync("schema.mjs", TimeSpan.FromMinutes(1), server.BaseUrl, "graphql17");

        Assert.True(report["error"] is null, $"{report["error"]}");
        var schema = report["introspection"]!["__schema"]!;
        var types = schema["types"]!.AsArray().ToDictionary(t => t!["name"]!.GetValue<string>());
        Assert.True(types["OfferSortInput"]!["isOneOf"]!.GetValue<bool>());
        Assert.False(types["OfferFilterInput"]!["isOneOf"]!.GetValue<bool>());
        Assert.All(types.Values.Where(t => t!["kind"]!.GetValue<string>() != "INPUT_OBJECT"), t => Assert.Null(t!["isOneOf"]));
        // Input values carry their deprecation (inputValueDeprecation), none of ours is deprecated yet.
        var firstArgument = Field(types["Query"]!, "countries")["args"]![0]!;
        Assert.False(firstArgument["isDeprecated"]!.GetValue<bool>());
        // Every built-in directive is listed, @oneOf among them, with its arguments asked for includeDeprecated.
        var directives = schema["directives"]!.AsArray().ToDictionary(d => d!["name"]!.GetValue<string>());
        Assert.Equal(["INPUT_OBJECT"], directives["oneOf"]!["locations"]!.AsArray().Select(l => l!.GetValue<string>()));
        Assert.Equal(["url"], directives["specifiedBy"]!["args"]!.AsArray().Select(a => a!["name"]!.GetValue<string>()));
        Assert.Equal(["reason"], directives["deprecated"]!["args"]!.AsArray().Select(a => a!["name"]!.GetValue<string>()));
        Assert.Contains("includeDeprecated: true", QueryOf(report), StringComparison.Ordinal);
    }

    private static JsonNode Field(JsonNode type, string name) =>
        type["fields"]!.AsArray().Single(f => f!["name"]!.GetValue<string>() == name)!;

    private static string QueryOf(JsonNode report) => report["query"]!.GetValue<string>();
}
