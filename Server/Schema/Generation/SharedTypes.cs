using GraphQL.Types;
using GraphServer.Model;
using GraphServer.Schema.Types;

namespace GraphServer.Schema.Generation;

/// <summary>
/// One instance of each shared type: GraphQL.NET requires every reference to a named type to be the same instance.
/// </summary>
internal sealed class SharedTypes(GraphModel model)
{
    private readonly Dictionary<string, ModelEnumType> _enums = new(StringComparer.Ordinal);

    public IdGraphType Id { get; } = new();

    public StringGraphType String { get; } = new();

    public IntGraphType Int { get; } = new();

    public FloatGraphType Float { get; } = new();

    public BooleanGraphType Boolean { get; } = new();

    public DateScalar Date { get; } = new();

    public DatePrecisionType DatePrecision { get; } = new();

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

    /// <summary>The output and input type of a property of <paramref name="owner"/> (a label or relationship type).</summary>
    public IGraphType TypeOf(string owner, PropertyDefinition property) =>
        property.Name == CommonProperties.Id ? Id : EnumOf(owner, property) ?? Scalar(property.Kind);

    /// <summary>
    /// The enum of a closed-vocabulary string property, or null. A vocabulary that every type declaring the property
    /// shares is one enum named after the property (<c>Confidence</c>); otherwise the owner's name comes first
    /// (<c>EventKind</c>, <c>SourceKind</c>), since <c>kind</c> means something else on every label.
    /// </summary>
    public ModelEnumType? EnumOf(string owner, PropertyDefinition property)
    {
        if (property.Kind != PropertyKind.String || property.AllowedValues is not { } values)
        {
            return null;
        }

        var declarations = model.NodeTypes.Select(t => t.FindProperty(property.Name))
            .Concat(model.RelationshipTypes.Select(r => r.FindProperty(property.Name)))
            .OfType<PropertyDefinition>()
            .ToList();
        var shared = declarations.Count > 1 && declarations.All(d => d.AllowedValues is { } other && other.SequenceEqual(values));
        var name = shared ? Names.Pascal(property.Name) : Pascal(owner) + Names.Pascal(property.Name);
        if (!_enums.TryGetValue(name, out var type))
        {
            var description = shared ? property.Description : $"{property.Description} (the values of {owner}.{property.Name})";
            _enums[name] = type = new ModelEnumType(name, description, values, property.ValueDescriptions);
        }

        return type;
    }

    /// <summary>Labels are already Pascal case; relationship types (<c>SERVED_IN</c>) become <c>ServedIn</c>.</summary>
    private static string Pascal(string owner) => owner.Contains('_', StringComparison.Ordinal) || owner.All(c => !char.IsAsciiLetterLower(c))
        ? string.Concat(owner.Split('_', StringSplitOptions.RemoveEmptyEntries).Select(w => w[0] + w[1..].ToLowerInvariant()))
        : owner;
}
