using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphServer.Model;
using GraphServer.Schema.Paging;
using GraphServer.Schema.Planning;
using GraphServer.Store;

namespace GraphServer.Schema.Generation;

/// <summary>
/// <c>OfferTargetsConnection</c> and <c>OfferTargetsEdge</c> for one relationship field: the edge carries the
/// relationship instance (its own properties such as SERVED_IN's <c>role</c>, its confidence and dates) beside the node.
/// </summary>
internal static class RelationshipConnectionGenerator
{
    public static ObjectGraphType Create(string label, RelationshipEnd end, RelationshipType relationship, IGraphType farType,
        SharedTypes shared, PagingOptions paging, Action<ObjectGraphType, RelationshipType>? addProvenance)
    {
        var edge = new ObjectGraphType
        {
            Name = Names.RelationshipEdge(label, end.FieldName),
            Description = $"One {relationship.Type} relationship of a {label} ({label}.{end.FieldName}), with its cursor and far node.",
        };
        edge.AddField(Field("cursor", new NonNullGraphType(shared.String), "Where this edge sits in the page.", e => e.Cursor));
        edge.AddField(Field("node", new NonNullGraphType(farType), "The node at the far end.", e => e.Row.Node));
        foreach (var property in EdgeProperties(relationship))
        {
            var type = shared.TypeOf(relationship.Type, property);
            var name = property.Name;
            edge.AddField(PropertyReads.Mark(Field(name, property.IsRequired ? new NonNullGraphType(type) : type, property.Description,
                e => e.Row.Edge.Properties.GetValueOrDefault(name)), name));
            if (property.Kind == PropertyKind.Date)
            {
                edge.AddField(PropertyReads.Mark(DatePrecisionFields.For(
                    name, shared, source => ((RelationshipEdge)source).Row.Edge.Properties.GetValueOrDefault(name)), name));
            }
        }

        addProvenance?.Invoke(edge, relationship);

        var connection = new ObjectGraphType
        {
            Name = Names.RelationshipConnection(label, end.FieldName),
            Description = $"A page of a {label}'s {end.FieldName} ({relationship.Type}).",
        };
        connection.AddField(new FieldType
        {
            Name = "nodes",
            Description = "The far nodes of the page, in order.",
            ResolvedType = NonNullList(farType),
            Resolver = new FuncFieldResolver<object?>(c => Page(c).Rows.Select(r => r.Node).ToList()),
        }.WithComplexityImpact(context => PageCost.OfRelationshipConnectionPage(context, paging)));
        connection.AddField(new FieldType
        {
            Name = "edges",
            Description = "The relationships of the page with their far nodes, in order.",
            ResolvedType = NonNullList(edge),
            Resolver = new FuncFieldResolver<object?>(c => Page(c).Edges.ToList()),
        }.WithComplexityImpact(context => PageCost.OfRelationshipConnectionPage(context, paging)));
        connection.AddField(new FieldType
        {
            Name = "pageInfo",
            Description = "Where the page sits among all of this parent's matching relationships.",
            ResolvedType = new NonNullGraphType(shared.PageInfo),
            Resolver = new FuncFieldResolver<object?>(c => Page(c)),
        });
        connection.AddField(new FieldType
        {
            Name = "totalCount",
            Description = "How many relationships of this parent match where, over all pages (counted only when asked for).",
            ResolvedType = new NonNullGraphType(shared.Int),
            Resolver = new FuncFieldResolver<object?>(c => new Loading.MappedLoad<long, int>(Page(c).Count(), n => checked((int)n))),
        });
        return connection;
    }

    /// <summary>The relationship's own properties as an edge shows them; its provenance lists become <c>sources</c>.</summary>
    public static IEnumerable<PropertyDefinition> EdgeProperties(RelationshipType relationship) =>
        relationship.Properties.Where(p => p.Name is not (CommonProperties.SourceIds or CommonProperties.Quotes) && !p.IsPersonal);

    private static RelationshipPage Page(IResolveFieldContext context) => (RelationshipPage)context.Source!;

    private static NonNullGraphType NonNullList(IGraphType item) => new(new ListGraphType(new NonNullGraphType(item)));

    private static FieldType Field(string name, IGraphType type, string description, Func<RelationshipEdge, object?> resolve) => new()
    {
        Name = name,
        Description = description,
        ResolvedType = type,
        Resolver = new FuncFieldResolver<object?>(context => resolve((RelationshipEdge)context.Source!)),
    };
}
