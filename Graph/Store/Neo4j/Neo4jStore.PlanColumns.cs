using GraphServer.Model;
using GraphServer.Store.Planning;

namespace GraphServer.Store.Neo4j;

/// <summary>
/// What a plan's statement returns of each node and relationship: the whole entity when the plan asks for every
/// property, else a map projection of the properties the request reads (<c>n{.id, .name}</c>), which is all Neo4j then
/// loads (an entity travels with every property, each a db hit). A projected node of a level that can hold several
/// labels carries <c>labels(n)</c> beside it; a level of one label needs none. A relationship whose properties nobody
/// reads is not returned at all. Property names come from the model: a name no label of the level declares is left out.
/// </summary>
public sealed partial class Neo4jStore
{
    /// <summary>The columns of a node (<c>n</c>, or <c>n{.id, .a}</c> and, for several labels, <c>labels(n)</c>).</summary>
    private string NodeColumns(string variable, IReadOnlyList<string>? properties, IReadOnlyList<string> labels)
    {
        if (properties is null)
        {
            return variable;
        }

        var declared = ProjectedNodeProperties(properties, labels).Select(p => "." + Cypher.Name(p));
        var map = $"{variable}{{{string.Join(", ", declared)}}}";
        return labels.Count == 1 ? map : $"{map}, labels({variable})";
    }

    /// <summary>The column of a relationship (<c>, r</c> or <c>, r{.role}</c>), empty when none of its properties is read.</summary>
    private static string EdgeColumn(string variable, IReadOnlyList<string>? properties, RelationshipType relationship)
    {
        if (properties is null)
        {
            return variable + ", ";
        }

        var declared = properties.Where(p => relationship.FindProperty(p) is not null).Distinct(StringComparer.Ordinal).ToList();
        return declared.Count == 0 ? string.Empty : $"{variable}{{{string.Join(", ", declared.Select(p => "." + Cypher.Name(p)))}}}, ";
    }

    /// <summary><c>id</c> first, then the requested names some label of the level declares, in the request's order.</summary>
    private IEnumerable<string> ProjectedNodeProperties(IReadOnlyList<string> properties, IReadOnlyList<string> labels)
    {
        var types = labels.Select(_model.GetNode).ToList();
        return properties
            .Where(p => p != CommonProperties.Id && types.Any(t => t.FindProperty(p) is not null))
            .Distinct(StringComparer.Ordinal)
            .Prepend(CommonProperties.Id);
    }

    /// <summary>Reads a node written by <see cref="NodeColumns"/> from <paramref name="position"/> on.</summary>
    private GraphNode ReadNode(IReadOnlyList<object?> values, ref int position, IReadOnlyList<string>? properties, IReadOnlyList<string> labels)
    {
        if (properties is null)
        {
            return FromEntity(values[position++]);
        }

        var map = (IReadOnlyDictionary<string, object?>)values[position++]!;
        var label = labels.Count == 1 ? labels[0] : Neo4jValues.OwnLabel(values[position++]);
        return ToNode(label, map);
    }

    /// <summary>Reads a relationship's properties written by <see cref="EdgeColumn"/> from <paramref name="position"/> on.</summary>
    private static Dictionary<string, object?> ReadEdgeProperties(
        IReadOnlyList<object?> values, ref int position, IReadOnlyList<string>? properties, RelationshipType relationship)
    {
        if (properties is null)
        {
            return Neo4jValues.ReadProperties(((GraphServer.Bolt.Relationship)values[position++]!).Properties, relationship.Properties);
        }

        return ReadsDeclared(properties, relationship)
            ? Neo4jValues.ReadProperties((IReadOnlyDictionary<string, object?>)values[position++]!, relationship.Properties)
            : new Dictionary<string, object?>(StringComparer.Ordinal);
    }

    /// <summary>Whether one of <paramref name="properties"/> is the relationship's (run per row: no closure, no enumerator).</summary>
    private static bool ReadsDeclared(IReadOnlyList<string> properties, RelationshipType relationship)
    {
        for (var i = 0; i < properties.Count; i++)
        {
            if (relationship.FindProperty(properties[i]) is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The labels a plan's root can hold: the page's, the lookup's, or (no label given) any label of the model.</summary>
    private IReadOnlyList<string> RootLabels(PlanQuery plan) =>
        plan.Page?.Label is { } page ? [page] : plan.Lookup?.Label is { } label ? [label] : [.. _model.NodeTypes.Select(t => t.Label)];
}
