using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphServer.Schema.Paging;
using GraphServer.Store;

namespace GraphServer.Schema.Generation;

/// <summary><c>XConnection</c> and <c>XEdge</c> for one node type, as in the Relay cursor connections spec.</summary>
internal static class ConnectionTypeGenerator
{
    public static ObjectGraphType Create(string label, IGraphType nodeType, SharedTypes shared, PagingOptions paging)
    {
        var edge = new ObjectGraphType { Name = Names.Edge(label), Description = $"A {label} in a page, with its cursor." };
        edge.AddField(Field("cursor", new NonNullGraphType(shared.String), c => (((string Cursor, GraphNode Node))c.Source!).Cursor));
        edge.AddField(Field("node", new NonNullGraphType(nodeType), c => (((string Cursor, GraphNode Node))c.Source!).Node));

        var connection = new ObjectGraphType { Name = Names.Connection(label), Description = $"A page of {label} nodes." };
        connection.AddField(Field("nodes", NonNullList(nodeType), c => Page(c).Nodes)
            .WithComplexityImpact(context => PageCost.OfConnectionPage(context, paging)));
        connection.AddField(Field("edges", NonNullList(edge), c => Page(c).Edges.Select(e => (object)e).ToList())
            .WithComplexityImpact(context => PageCost.OfConnectionPage(context, paging)));
        connection.AddField(Field("pageInfo", new NonNullGraphType(shared.PageInfo), c => Page(c)));
        connection.AddField(Field("totalCount", new NonNullGraphType(shared.Int), c => checked((int)Page(c).TotalCount)));
        return connection;
    }

    private static ConnectionPage Page(GraphQL.IResolveFieldContext context) => (ConnectionPage)context.Source!;

    private static NonNullGraphType NonNullList(IGraphType item) => new(new ListGraphType(new NonNullGraphType(item)));

    private static FieldType Field(string name, IGraphType type, Func<GraphQL.IResolveFieldContext, object?> resolve) =>
        new() { Name = name, ResolvedType = type, Resolver = new FuncFieldResolver<object?>(resolve) };
}
