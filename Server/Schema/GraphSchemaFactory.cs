using GraphQL.Types;
using GraphServer.Model;
using GraphServer.Schema.Generation;
using GraphServer.Schema.Paging;
using GraphServer.Store;

namespace GraphServer.Schema;

/// <summary>Builds the investigator schema from the graph model; nothing in it lists a label or property by hand.</summary>
public static class GraphSchemaFactory
{
    public static ISchema Create(GraphModel model, IGraphStore store, PagingOptions? paging = null)
    {
        var shared = new SharedTypes();
        var schema = new GraphQL.Types.Schema
        {
            Query = new QueryTypeGenerator(store, paging ?? new PagingOptions(), shared).Create(model),
            Description = "GraphServer: who recruits foreign nationals to fight for Russia in Ukraine, how, and what became of them.",
        };
        schema.Initialize();
        return schema;
    }
}
