using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;

namespace GraphServer.Api.Http;

/// <summary>GET /graphql/schema.graphql: the schema in SDL with descriptions, for tools that read a schema file.</summary>
internal static class SchemaSdlEndpoint
{
    public static IResult Get(ISchema schema) =>
        TypedResults.Text(schema.Print(new PrintOptions { IncludeDescriptions = true }), "application/graphql; charset=utf-8");
}
