using GraphServer.Model;

namespace GraphServer.Store.Neo4j;

/// <summary>Turns the maps Bolt returns into the model's CLR shapes, and change sets into statement parameters.</summary>
internal static class Neo4jValues
{
    /// <summary>
    /// The declared properties of <paramref name="raw"/>, nulls left out, string lists as arrays and floats as doubles.
    /// A map the Bolt client decoded belongs to this one read, so when it holds nothing undeclared it is converted in
    /// place and kept: copying every node's and relationship's map was a third of the bytes a plan's rows allocated.
    /// </summary>
    public static Dictionary<string, object?> ReadProperties(IReadOnlyDictionary<string, object?> raw, IReadOnlyList<PropertyDefinition> declared)
    {
        if (raw is Dictionary<string, object?> decoded && TryAdopt(decoded, declared))
        {
            return decoded;
        }

        var result = new Dictionary<string, object?>(Math.Min(raw.Count, declared.Count), StringComparer.Ordinal);
        foreach (var property in declared)
        {
            if (raw.TryGetValue(property.Name, out var value) && value is not null)
            {
                result[property.Name] = Normalise(property, value);
            }
        }

        return result;
    }

    /// <summary>Normalises <paramref name="map"/> in place; false when it holds a key the model does not declare.</summary>
    private static bool TryAdopt(Dictionary<string, object?> map, IReadOnlyList<PropertyDefinition> declared)
    {
        var kept = 0;
        // An index loop: the declared list is an interface, and its enumerator would be one allocation per node read.
        for (var i = 0; i < declared.Count; i++)
        {
            var property = declared[i];
            if (!map.TryGetValue(property.Name, out var value))
            {
                continue;
            }

            if (value is null)
            {
                map.Remove(property.Name);
                continue;
            }

            kept++;
            var normalised = Normalise(property, value);
            if (!ReferenceEquals(normalised, value))
            {
                map[property.Name] = normalised;
            }
        }

        return kept == map.Count;
    }

    /// <summary>The model's CLR shape of one value; a value already in that shape comes back as it is.</summary>
    private static object Normalise(PropertyDefinition property, object value) => property.Kind switch
    {
        PropertyKind.StringList when value is not string[] => Strings((IEnumerable<object?>)value),
        PropertyKind.Float when value is not double => Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture),
        _ => value,
    };

    /// <summary>A decoded list of strings as an array: straight from Bolt's list when it is one (no iterator per node).</summary>
    private static string[] Strings(IEnumerable<object?> values)
    {
        if (values is not IReadOnlyList<object?> list)
        {
            return values.Select(v => (string)v!).ToArray();
        }

        var strings = new string[list.Count];
        for (var i = 0; i < strings.Length; i++)
        {
            strings[i] = (string)list[i]!;
        }

        return strings;
    }

    public static string OwnLabel(object? labels) =>
        ((System.Collections.IEnumerable)labels!).Cast<object?>().Select(l => (string)l!).First(l => l != Cypher.EntityLabel);

    public static Dictionary<string, object?> ApplyParameters(GraphModel model, ChangeSet changes, IReadOnlyList<string> changedSources)
    {
        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            [CypherTemplates.DeleteNodesParameter] = changes.DeleteNodeIds.Cast<object?>().ToList(),
            [CypherTemplates.DeleteEdgesParameter] = changes.DeleteEdges
                .Select(e => (object?)new Dictionary<string, object?> { ["type"] = e.Type, ["from"] = e.FromId, ["to"] = e.ToId })
                .ToList(),
        };
        foreach (var node in model.NodeTypes)
        {
            parameters[CypherTemplates.NodeParameter(node.Label)] = changes.Nodes
                .Where(n => n.Label == node.Label)
                .Select(n => (object?)new Dictionary<string, object?> { ["id"] = n.Id, ["props"] = WithoutNulls(n.Properties) })
                .ToList();
        }

        foreach (var relationship in model.RelationshipTypes)
        {
            parameters[CypherTemplates.EdgeParameter(relationship.Type)] = changes.Edges
                .Where(e => e.Type == relationship.Type)
                .Select(e => (object?)new Dictionary<string, object?> { ["from"] = e.FromId, ["to"] = e.ToId, ["props"] = WithoutNulls(e.Properties) })
                .ToList();
        }

        var work = Querying.KnownFromWork.Of(model, changes);
        parameters[CypherTemplates.KnownNodesParameter] = work.NodeIds.Cast<object?>().ToList();
        parameters[CypherTemplates.KnownSourcesParameter] = work.SourceIds.Cast<object?>().ToList();
        parameters[CypherTemplates.KnownEdgesParameter] = work.Edges
            .Select(e => (object?)new Dictionary<string, object?> { ["type"] = e.Type, ["from"] = e.FromId, ["to"] = e.ToId })
            .ToList();
        parameters[CypherTemplates.ChangedSourcesParameter] = changedSources.Cast<object?>().ToList();
        return parameters;
    }

    private static Dictionary<string, object?> WithoutNulls(IReadOnlyDictionary<string, object?> properties) =>
        properties.Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
}
