using System.Text.Json.Nodes;
using GraphQL;
using GraphQL.SystemTextJson;
using GraphServer.Model;

namespace GraphServer.Schema.Tests.Filtering;

/// <summary>Runs a query through the generated schema on GraphQL.NET's executer, without HTTP.</summary>
internal static class SchemaRunner
{
    /// <param name="variables">The variables as JSON, read the way the HTTP endpoint reads them.</param>
    public static async Task<JsonNode> RunAsync(RecordingStore store, string query, string? variables = null)
    {
        var schema = GraphSchemaFactory.Create(RecruitmentModel.Instance, store);
        var serializer = new GraphQLSerializer();
        var options = new ExecutionOptions { Schema = schema, Query = query, Variables = variables is null ? null : serializer.Deserialize<Inputs>(variables) };
        var result = await new DocumentExecuter().ExecuteAsync(options);
        return JsonNode.Parse(serializer.Serialize(result))!;
    }
}
