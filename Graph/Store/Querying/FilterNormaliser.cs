using GraphServer.Model;

namespace GraphServer.Store.Querying;

/// <summary>
/// Checks a filter against the model and returns it with every value in its property's CLR shape, so the compilers
/// never see a name the model does not declare or a value of the wrong kind. Problems throw <see cref="ArgumentException"/>.
/// </summary>
internal sealed class FilterNormaliser(GraphModel model)
{
    /// <summary>Nesting deeper than this is refused: filters come from the public API.</summary>
    public const int MaxDepth = 8;

    /// <summary>At most this many values in one <c>in</c> list.</summary>
    public const int MaxInValues = 1000;

    /// <param name="labels">The labels the filtered nodes may have; a property must be declared on at least one.</param>
    public Filter? Normalise(Filter? filter, IReadOnlyList<string> labels) => filter is null ? null : Normalise(filter, labels, 0);

    private Filter Normalise(Filter filter, IReadOnlyList<string> labels, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new ArgumentException($"The filter nests deeper than {MaxDepth} levels.");
        }

        return filter switch
        {
            AndFilter and => new AndFilter(and.Operands.Select(f => Normalise(f, labels, depth + 1)).ToArray()),
            OrFilter or => new OrFilter(or.Operands.Select(f => Normalise(f, labels, depth + 1)).ToArray()),
            NotFilter not => new NotFilter(Normalise(not.Operand, labels, depth + 1)),
            PropertyFilter property => NormaliseProperty(property, labels),
            RelationshipFilter relationship => NormaliseRelationship(relationship, labels, depth),
            _ => throw new ArgumentException($"{filter.GetType().Name} is not a filter the stores know."),
        };
    }

    /// <summary>The definition of a property on any of the labels (the model declares a name with one kind per label).</summary>
    public PropertyDefinition FindProperty(IReadOnlyList<string> labels, string name) =>
        labels.Select(l => model.GetNode(l).FindProperty(name)).FirstOrDefault(p => p is not null)
        ?? throw new ArgumentException($"'{name}' is not a property of {string.Join(" or ", labels)}.");

    private PropertyFilter NormaliseProperty(PropertyFilter filter, IReadOnlyList<string> labels)
    {
        var property = FindProperty(labels, filter.Property);
        var isList = property.Kind == PropertyKind.StringList;
        var fits = filter.Operator switch
        {
            FilterOperator.IsNull => true,
            FilterOperator.Contains => property.Kind is PropertyKind.String or PropertyKind.StringList,
            FilterOperator.StartsWith => property.Kind == PropertyKind.String,
            FilterOperator.Eq or FilterOperator.Neq or FilterOperator.In => !isList,
            _ => property.Kind is PropertyKind.String or PropertyKind.Date or PropertyKind.Integer or PropertyKind.Float,
        };
        if (!fits)
        {
            throw new ArgumentException($"'{filter.Operator}' does not apply to {property.Name}, which holds {PropertyValues.Describe(property.Kind)}.");
        }

        object? value = filter.Operator switch
        {
            FilterOperator.IsNull => filter.Value as bool? ?? throw new ArgumentException($"isNull on {property.Name} expects true or false."),
            FilterOperator.In => InValues(property, filter.Value),
            // Substrings of an enumerated value are not themselves allowed values; a list item is.
            FilterOperator.Contains or FilterOperator.StartsWith => Value(ItemOf(property), filter.Value, checkAllowed: isList),
            _ => Value(property, filter.Value, checkAllowed: filter.Operator is FilterOperator.Eq or FilterOperator.Neq),
        };
        return filter with { Property = property.Name, Value = value };
    }

    private RelationshipFilter NormaliseRelationship(RelationshipFilter filter, IReadOnlyList<string> labels, int depth)
    {
        var type = model.FindRelationship(filter.Type) ?? throw new ArgumentException($"'{filter.Type}' is not a relationship type.");
        var (near, far) = filter.Direction == EdgeDirection.Outgoing ? (type.From, type.To) : (type.To, type.From);
        if (!labels.Any(near.Contains))
        {
            throw new ArgumentException($"{string.Join(" or ", labels)} has no {filter.Direction.ToString().ToLowerInvariant()} {type.Type} relationships.");
        }

        if (filter.Quantifier == Quantifier.All && filter.Where is null)
        {
            throw new ArgumentException($"'all' over {type.Type} needs a condition on the neighbours.");
        }

        return filter with { Type = type.Type, Where = filter.Where is null ? null : Normalise(filter.Where, far, depth + 1) };
    }

    private static object?[] InValues(PropertyDefinition property, object? raw)
    {
        var values = (raw is string ? null : raw as System.Collections.IEnumerable)?.Cast<object?>().ToArray()
            ?? throw new ArgumentException($"in on {property.Name} expects a list.");
        return values.Length <= MaxInValues
            ? values.Select(v => Value(property, v, checkAllowed: true)).ToArray()
            : throw new ArgumentException($"in on {property.Name} has {values.Length} values; at most {MaxInValues} are allowed.");
    }

    private static PropertyDefinition ItemOf(PropertyDefinition property) =>
        property.Kind == PropertyKind.StringList ? property with { Kind = PropertyKind.String } : property with { AllowedValues = null };

    private static object Value(PropertyDefinition property, object? raw, bool checkAllowed)
    {
        var definition = (checkAllowed ? property : property with { AllowedValues = null }) with { Flags = PropertyFlags.None };
        if (raw is null)
        {
            throw new ArgumentException($"A filter on {property.Name} needs a value; use isNull to match a missing one.");
        }

        return PropertyValues.TryNormalize(definition, raw, out var value, out var error)
            ? value!
            : throw new ArgumentException($"A filter on {property.Name} {error}.");
    }
}
