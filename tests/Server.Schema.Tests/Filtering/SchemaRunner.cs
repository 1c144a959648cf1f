using System.Text.Json.Nodes;
using GraphQL;
using GraphQL.SystemTextJson;
using GraphServer.Model;

namespace GraphServer.Schema.Tests.Filtering;

/// <summary>Runs a query through the generated schema on GraphQL.NET's executer, without HTTP.</summary>
internal static class SchemaRunner
{
    public static async Task<JsonNode> RunAsync(RecordingStore store, string query)
    {
        var schema = GraphSchemaFactory.Create(RecruitmentModel.Instance, store);
        var result = await new DocumentExecuter().ExecuteAsync(new ExecutionOptions { Schema = schema, Query = query });
        return JsonNode.Parse(new GraphQLSerializer().Serialize(result))!;
    }
}
