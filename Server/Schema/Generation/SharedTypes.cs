using GraphQL.Types;
using GraphServer.Model;
using GraphServer.Schema.Types;

namespace GraphServer.Schema.Generation;

/// <summary>
/// One instance of each shared type: GraphQL.NET requires every reference to a named type to be the same instance.
/// </summary>
internal sealed class SharedTypes(GraphModel model)
{
    public IdGraphType Id { get; } = new();

    public StringGraphType String { get; } = new();

    public IntGraphType Int { get; } = new();

    public FloatGraphType Float { get; } = new();

    public BooleanGraphType Boolean { get; } = new();

    public DateScalar Date { get; } = new();

    public SortEnumType Sort { get; } = new();

    public PageInfoType PageInfo { get; } = new();

    public NodeLabelType Label { get; } = new(model);

    public RelationshipTypeNameType RelationshipTypeName { get; } = new(model);

    public IGraphType Scalar(PropertyKind kind) => kind switch
    {
        PropertyKind.String => String,
        PropertyKind.Integer => Int,
        PropertyKind.Float => Float,
        PropertyKind.Boolean => Boolean,
        PropertyKind.Date => Date,
        PropertyKind.StringList => new ListGraphType(new NonNullGraphType(String)),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
