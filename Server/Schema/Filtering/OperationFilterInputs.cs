using GraphQL.Types;
using GraphServer.Model;
using GraphServer.Schema.Generation;
using static GraphServer.Schema.Filtering.Operations;

namespace GraphServer.Schema.Filtering;

/// <summary>
/// One operation input per property kind (<c>StringOperationFilterInput</c>, <c>IntOperationFilterInput</c>, ...), each
/// with only the operations the store's filter AST can answer for that kind.
/// </summary>
internal sealed class OperationFilterInputs
{
    private const string ThreeValued =
        " A node without the property matches neither a comparison nor its negation (three-valued logic, as in Cypher and SQL).";

    private readonly BooleanGraphType _boolean;
    private readonly SharedTypes _shared;
    private readonly Dictionary<string, InputObjectGraphType> _enums = new(StringComparer.Ordinal);

    public OperationFilterInputs(SharedTypes shared)
    {
        _shared = shared;
        _boolean = shared.Boolean;
        Id = Create("IdOperationFilterInput", "Conditions on an id.", shared.Id, [Eq, Neq, In, Nin]);
        String = Create("StringOperationFilterInput", "Conditions on a string; comparisons are case-sensitive, by code point.",
            shared.String, [Eq, Neq, In, Nin, Contains, NContains, StartsWith, NStartsWith, Gt, Gte, Lt, Lte]);
        Int = Create("IntOperationFilterInput", "Conditions on an integer.", shared.Int, [Eq, Neq, In, Nin, Gt, Gte, Lt, Lte]);
        Float = Create("FloatOperationFilterInput", "Conditions on a number.", shared.Float, [Eq, Neq, In, Nin, Gt, Gte, Lt, Lte]);
        Date = Create("DateOperationFilterInput", "Conditions on a date (yyyy-MM-dd).", shared.Date, [Eq, Neq, In, Nin, Gt, Gte, Lt, Lte]);
        Boolean = Create("BooleanOperationFilterInput", "Conditions on true or false.", shared.Boolean, [Eq, Neq]);
        StringItem = Create(
            "StringItemOperationFilterInput", "Conditions on one item of a list of strings.", shared.String, [Eq, In], withIsNull: false);
        ListString = new InputObjectGraphType
        {
            Name = "ListStringOperationFilterInput",
            Description = "Conditions on a list of strings." + ThreeValued,
        };
        ListString.AddField(Field(Some, StringItem, "At least one item matches."));
        ListString.AddField(Field(None, StringItem, "No item matches."));
        ListString.AddField(Field(IsNull, shared.Boolean, "true: the node has no value; false: it has one."));
    }

    public InputObjectGraphType Id { get; }

    public InputObjectGraphType String { get; }

    public InputObjectGraphType Int { get; }

    public InputObjectGraphType Float { get; }

    public InputObjectGraphType Date { get; }

    public InputObjectGraphType Boolean { get; }

    public InputObjectGraphType StringItem { get; }

    public InputObjectGraphType ListString { get; }

    /// <summary>The operation input of a property of <paramref name="owner"/>; a closed vocabulary gets its enum's own input.</summary>
    public InputObjectGraphType For(string owner, PropertyDefinition property) => _shared.EnumOf(owner, property) is { } enumType
        ? EnumInput(enumType)
        : For(property);

    private InputObjectGraphType For(PropertyDefinition property) => property.Name == CommonProperties.Id ? Id : property.Kind switch
    {
        PropertyKind.String => String,
        PropertyKind.Integer => Int,
        PropertyKind.Float => Float,
        PropertyKind.Date => Date,
        PropertyKind.Boolean => Boolean,
        PropertyKind.StringList => ListString,
        _ => throw new ArgumentOutOfRangeException(nameof(property), property.Kind, null),
    };

    /// <summary><c>EventKindOperationFilterInput</c>: equality only, as a vocabulary has no order worth comparing by.</summary>
    private InputObjectGraphType EnumInput(EnumerationGraphType enumType)
    {
        if (!_enums.TryGetValue(enumType.Name, out var input))
        {
            _enums[enumType.Name] = input = Create(
                enumType.Name + "OperationFilterInput", $"Conditions on a {enumType.Name} value.", enumType, [Eq, Neq, In, Nin]);
        }

        return input;
    }

    private InputObjectGraphType Create(string name, string description, IGraphType scalar, string[] operations, bool withIsNull = true)
    {
        var input = new InputObjectGraphType { Name = name, Description = description + (withIsNull ? ThreeValued : "") };
        foreach (var operation in operations)
        {
            var isList = operation is In or Nin;
            input.AddField(Field(operation, isList ? new ListGraphType(new NonNullGraphType(scalar)) : scalar, Describe(operation)));
        }

        if (withIsNull)
        {
            input.AddField(Field(IsNull, _boolean, "true: the node has no value; false: it has one."));
        }

        return input;
    }

    private static FieldType Field(string name, IGraphType type, string description) =>
        new() { Name = name, ResolvedType = type, Description = description };

    private static string Describe(string operation) => operation switch
    {
        Eq => "Equals the value; null means the node has no value.",
        Neq => "Differs from the value; null means the node has a value.",
        In => "Equals one of the values (at most 1,000).",
        Nin => "Equals none of the values (at most 1,000).",
        Contains => "Contains the text.",
        NContains => "Does not contain the text.",
        StartsWith => "Starts with the text.",
        NStartsWith => "Does not start with the text.",
        Gt => "Greater than the value.",
        Gte => "Greater than or equal to the value.",
        Lt => "Less than the value.",
        Lte => "Less than or equal to the value.",
        _ => operation,
    };
}
