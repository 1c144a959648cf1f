using GraphQL.Types;
using GraphServer.Model;
using GraphServer.Schema.Generation;
using GraphServer.Schema.Introspection;
using GraphServer.Schema.Loading;
using GraphServer.Schema.Mutations;
using GraphServer.Schema.Paging;
using GraphServer.Schema.Types;
using GraphServer.Store;

namespace GraphServer.Schema;

/// <summary>Builds the investigator schema from the graph model; nothing in it lists a label or property by hand.</summary>
public static class GraphSchemaFactory
{
    /// <param name="extend">
    /// Called before the schema is initialised, so the host can register visitors (access control adds the personal
    /// fields guarded by role and suppresses small counts) without the generators knowing about roles.
    /// </param>
    public static ISchema Create(GraphModel model, IGraphStore store, PagingOptions? paging = null, DataLoaderOptions? loading = null,
        Action<GraphQL.Types.Schema>? extend = null, MutationOptions? mutations = null)
    {
        var shared = new SharedTypes(model);
        var generator = new QueryTypeGenerator(
            model, store, paging ?? new PagingOptions(), loading ?? new DataLoaderOptions(), shared);
        var schema = new GraphQL.Types.Schema
        {
            Query = generator.Create(),
            Description = "GraphServer: who recruits foreign nationals to fight for Russia in Ukraine, how, and what became of them.",
        };
        MutationTypeGenerator.AddTo(schema, model, store, shared, mutations ?? new MutationOptions());
        // GraphQL October 2021 introspects isRepeatable on directives; GraphQL.NET 8 still calls it a draft feature.
        schema.Features.RepeatableDirectives = true;
        // September 2025 introspection: includeDeprecated on __Field.args and __Type.inputFields, deprecated arguments
        // and input fields (GraphQL.NET calls it a draft feature); __Directive.args and @oneOf are ours.
        schema.Features.DeprecationOfInputValues = true;
        schema.Directives.Register(new SpecifiedByDirective(), new OneOfDirective());
        schema.RegisterVisitor(new SpecifiedByUrlVisitor());
        schema.RegisterVisitor(new DirectiveArgsDeprecationVisitor());
        extend?.Invoke(schema);
        schema.Initialize();
        return schema;
    }
}
