using GraphQL;
using GraphServer.Store;
using static GraphServer.Schema.Filtering.Operations;

namespace GraphServer.Schema.Filtering;

/// <summary>
/// Turns a parsed <c>where</c> argument (GraphQL.NET hands input objects over as dictionaries) into the store's filter
/// AST. Fields of one input object all hold (and); a single condition is returned as it is, so that the tree stays as
/// shallow as the store's depth limit wants. Values are passed on untouched: the store checks them against the model.
/// </summary>
internal sealed class WhereTranslator(FilterFields fields)
{
    public const string ErrorCode = "INVALID_FILTER";

    public const string ArgumentName = "where";

    /// <summary>The filter a field's <c>where</c> argument sets for nodes of <paramref name="label"/>, or null.</summary>
    public Filter? Translate(string label, IResolveFieldContext context) =>
        context.Arguments is { } arguments && arguments.TryGetValue(ArgumentName, out var where) ? Translate(label, where.Value) : null;

    /// <summary>The filter for nodes of <paramref name="label"/>, or null when <paramref name="where"/> sets no condition.</summary>
    public Filter? Translate(string label, object? where) => where is null ? null : Combine(Conditions(label, AsObject(where, "where")));

    private List<Filter> Conditions(string label, IDictionary<string, object?> input)
    {
        var targets = fields.Of(label);
        var conditions = new List<Filter>();
        foreach (var (name, value) in input)
        {
            if (name is And or Or)
            {
                var operands = AsList(value, name)
                    .Select(item => Combine(Conditions(label, AsObject(item, name))) ?? Filter.And())
                    .ToArray();
                conditions.Add(name == And ? Filter.And(operands) : Filter.Or(operands));
            }
            else if (targets.TryGetValue(name, out var target))
            {
                var operations = AsObject(value, name);
                conditions.AddRange(target switch
                {
                    PropertyTarget property => PropertyConditions(property, operations),
                    RelationshipTarget relationship => RelationshipConditions(relationship, operations),
                    _ => throw new InvalidOperationException(target.ToString()),
                });
            }
            else
            {
                throw Invalid($"'{name}' is not a filter field of {label}.");
            }
        }

        return conditions;
    }

    private static IEnumerable<Filter> PropertyConditions(PropertyTarget target, IDictionary<string, object?> operations)
    {
        var name = target.Property.Name;
        foreach (var (operation, value) in operations)
        {
            yield return (operation, value) switch
            {
                // HotChocolate's reading of eq: null and neq: null, which users write for "has no value" and "has one".
                (Eq, null) => Filter.IsNull(name),
                (Neq, null) => Filter.IsNull(name, isNull: false),
                (_, null) => throw Invalid($"'{operation}' on {name} needs a value; only eq and neq take null."),
                (Eq, _) => Filter.Eq(name, value),
                (Neq, _) => Filter.Neq(name, value),
                (In, _) => Filter.In(name, [.. AsList(value, operation)]),
                (Nin, _) => Filter.Not(Filter.In(name, [.. AsList(value, operation)])),
                (Contains, string text) => Filter.Contains(name, text),
                (NContains, string text) => Filter.Not(Filter.Contains(name, text)),
                (StartsWith, string text) => Filter.StartsWith(name, text),
                (NStartsWith, string text) => Filter.Not(Filter.StartsWith(name, text)),
                (Gt, _) => Filter.Gt(name, value),
                (Gte, _) => Filter.Gte(name, value),
                (Lt, _) => Filter.Lt(name, value),
                (Lte, _) => Filter.Lte(name, value),
                (IsNull, bool isNull) => Filter.IsNull(name, isNull),
                (Some, _) => Items(name, AsObject(value, operation)),
                (None, _) => Filter.Not(Items(name, AsObject(value, operation))),
                _ => throw Invalid($"'{operation}' does not apply to {name}."),
            };
        }
    }

    /// <summary>Item conditions of a list property: the AST's contains tests one item, so in becomes an or of them.</summary>
    private static Filter Items(string name, IDictionary<string, object?> operations)
    {
        var conditions = new List<Filter>();
        foreach (var (operation, value) in operations)
        {
            conditions.Add((operation, value) switch
            {
                (Eq, string item) => Filter.Contains(name, item),
                (In, _) when value is not null =>
                    Filter.Or([.. AsList(value, operation).Select(v => Filter.Contains(name, v as string ?? ""))]),
                _ => throw Invalid($"'{operation}' on an item of {name} needs a value."),
            });
        }

        return conditions.Count == 0 ? throw Invalid($"Give eq or in for the items of {name}.") : Combine(conditions)!;
    }

    private IEnumerable<Filter> RelationshipConditions(RelationshipTarget target, IDictionary<string, object?> operations)
    {
        foreach (var (operation, value) in operations)
        {
            yield return (operation, value) switch
            {
                (_, null) => throw Invalid($"'{operation}' on the {target.Type} neighbours needs a value."),
                (Any, bool any) => any ? Filter.Some(target.Type, target.Direction) : Filter.None(target.Type, target.Direction),
                (Some, _) => Filter.Some(target.Type, target.Direction, Nested(target, value, operation)),
                (None, _) => Filter.None(target.Type, target.Direction, Nested(target, value, operation)),
                // 'all' needs a condition in the AST; an empty one holds for every neighbour, so 'all: {}' always holds.
                (All, _) => Nested(target, value, operation) is { } where ? Filter.All(target.Type, target.Direction, where) : Filter.And(),
                _ => throw Invalid($"'{operation}' does not apply to the {target.Type} neighbours."),
            };
        }
    }

    private Filter? Nested(RelationshipTarget target, object value, string operation) =>
        Combine(Conditions(target.FarSubject, AsObject(value, operation)));

    private static Filter? Combine(List<Filter> conditions) => conditions.Count switch
    {
        0 => null,
        1 => conditions[0],
        _ => Filter.And([.. conditions]),
    };

    private static IDictionary<string, object?> AsObject(object? value, string name) =>
        value as IDictionary<string, object?> ?? throw Invalid($"'{name}' takes an input object, not null.");

    private static IEnumerable<object> AsList(object? value, string name) =>
        value is System.Collections.IEnumerable list and not string
            ? list.Cast<object?>().Select(item => item ?? throw Invalid($"'{name}' takes no null items."))
            : throw Invalid($"'{name}' takes a list, not null.");

    private static ExecutionError Invalid(string message) => new(message) { Code = ErrorCode };
}
