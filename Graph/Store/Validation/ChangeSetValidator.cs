using GraphServer.Model;

namespace GraphServer.Store.Validation;

/// <summary>
/// Checks a change set against the model and returns it with every value normalised (see <see cref="PropertyValues"/>).
/// Endpoints of relationships must be in the change set or already stored, with labels the relationship type allows;
/// every record other than a Source must name its sources (DESIGN.md: every fact carries its source).
/// </summary>
public sealed class ChangeSetValidator(GraphModel model)
{
    public const string SourceLabel = "Source";

    /// <param name="storedLabels">Looks up the labels of stored nodes by id, for endpoints not in the change set.</param>
    public async Task<ChangeSet> ValidateAsync(
        ChangeSet changes,
        Func<IReadOnlyCollection<string>, Task<IReadOnlyDictionary<string, string>>> storedLabels)
    {
        var problems = new List<ValidationProblem>();
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        var nodes = new List<GraphNode>(changes.Nodes.Count);
        for (var i = 0; i < changes.Nodes.Count; i++)
        {
            var node = ValidateNode(i, changes.Nodes[i], problems);
            if (node is not null)
            {
                if (!labels.TryAdd(node.Id, node.Label))
                {
                    problems.Add(new(false, i, NodeItem(i, node.Id), "id", "appears twice in the change set"));
                }

                nodes.Add(node);
            }
        }

        var deleted = changes.DeleteNodeIds.ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < changes.DeleteNodeIds.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(changes.DeleteNodeIds[i]))
            {
                problems.Add(new(false, i, $"deleted node {i + 1}", "id", "is required"));
            }
        }

        for (var i = 0; i < changes.DeleteEdges.Count; i++)
        {
            var key = changes.DeleteEdges[i];
            if (model.FindRelationship(key.Type) is null)
            {
                problems.Add(new(true, i, $"deleted edge {i + 1} ({key.FromId})-[:{key.Type}]->({key.ToId})", "type", $"'{key.Type}' is not a relationship type"));
            }
        }

        // Deletions go first, so an endpoint deleted here exists afterwards only if this change set upserts it again.
        var missing = changes.Edges.SelectMany(e => new[] { e.FromId, e.ToId }).Where(id => !labels.ContainsKey(id) && !deleted.Contains(id)).Distinct().ToArray();
        var stored = missing.Length == 0 ? new Dictionary<string, string>() : await storedLabels(missing).ConfigureAwait(false);
        string? LabelOf(string id) => labels.TryGetValue(id, out var l) ? l : stored.GetValueOrDefault(id);

        var edges = new List<GraphEdge>(changes.Edges.Count);
        var seenEdges = new HashSet<(string, string, string)>();
        for (var i = 0; i < changes.Edges.Count; i++)
        {
            var edge = ValidateEdge(i, changes.Edges[i], LabelOf, problems);
            if (edge is not null)
            {
                if (!seenEdges.Add((edge.Type, edge.FromId, edge.ToId)))
                {
                    problems.Add(new(true, i, EdgeItem(i, edge), "type", "the same relationship appears twice in the change set"));
                }

                edges.Add(edge);
            }
        }

        if (problems.Count > 0)
        {
            throw new ChangeSetValidationException(problems);
        }

        return new ChangeSet(nodes, edges) { DeleteNodeIds = [.. deleted], DeleteEdges = changes.DeleteEdges.Distinct().ToArray() };
    }

    private GraphNode? ValidateNode(int index, GraphNode node, List<ValidationProblem> problems)
    {
        var item = NodeItem(index, node.Id);
        var type = model.FindNode(node.Label);
        if (type is null)
        {
            problems.Add(new(false, index, item, "label", $"'{node.Label}' is not a node label; expected one of " +
                string.Join(", ", model.NodeTypes.Select(t => t.Label))));
            return null;
        }

        if (string.IsNullOrWhiteSpace(node.Id))
        {
            problems.Add(new(false, index, item, "id", "is required"));
            return null;
        }

        var before = problems.Count;
        var properties = NormaliseProperties(index, false, item, type.Properties, node.Properties, problems);
        if (node.Properties.TryGetValue(CommonProperties.Id, out var id) && !Equals(id, node.Id))
        {
            problems.Add(new(false, index, item, "id", "differs from the node's id"));
        }

        properties[CommonProperties.Id] = node.Id;
        properties.TryAdd(CommonProperties.Synthetic, false);
        properties[CommonProperties.Synthetic] ??= false;
        if (node.Label != SourceLabel && properties.GetValueOrDefault(CommonProperties.SourceIds) is not string[] { Length: > 0 })
        {
            problems.Add(new(false, index, item, CommonProperties.SourceIds, "names no source; every fact must cite one"));
        }

        return problems.Count == before ? new GraphNode(node.Id, type.Label, properties) : null;
    }

    private GraphEdge? ValidateEdge(int index, GraphEdge edge, Func<string, string?> labelOf, List<ValidationProblem> problems)
    {
        var item = EdgeItem(index, edge);
        var type = model.FindRelationship(edge.Type);
        if (type is null)
        {
            problems.Add(new(true, index, item, "type", $"'{edge.Type}' is not a relationship type; expected one of " +
                string.Join(", ", model.RelationshipTypes.Select(t => t.Type))));
            return null;
        }

        var before = problems.Count;
        CheckEndpoint(index, item, "from", edge.FromId, type.From, labelOf, problems);
        CheckEndpoint(index, item, "to", edge.ToId, type.To, labelOf, problems);
        var properties = NormaliseProperties(index, true, item, type.Properties, edge.Properties, problems);
        if (properties.GetValueOrDefault(CommonProperties.SourceIds) is not string[] { Length: > 0 })
        {
            problems.Add(new(true, index, item, CommonProperties.SourceIds, "names no source; every link must cite one"));
        }

        return problems.Count == before ? edge with { Properties = properties } : null;
    }

    private static void CheckEndpoint(
        int index, string item, string field, string id, IReadOnlyList<string> allowed, Func<string, string?> labelOf, List<ValidationProblem> problems)
    {
        var label = labelOf(id);
        if (label is null)
        {
            problems.Add(new(true, index, item, field, $"node '{id}' does not exist"));
        }
        else if (!allowed.Contains(label))
        {
            problems.Add(new(true, index, item, field, $"node '{id}' is a {label}; expected {string.Join(" or ", allowed)}"));
        }
    }

    private static Dictionary<string, object?> NormaliseProperties(
        int index,
        bool isEdge,
        string item,
        IReadOnlyList<PropertyDefinition> declared,
        IReadOnlyDictionary<string, object?> given,
        List<ValidationProblem> problems)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var name in given.Keys.Where(k => declared.All(p => p.Name != k)))
        {
            problems.Add(new(isEdge, index, item, name, "is not a declared property"));
        }

        foreach (var property in declared)
        {
            var raw = given.GetValueOrDefault(property.Name);
            if (property.Name is CommonProperties.Id or CommonProperties.Synthetic && raw is null)
            {
                continue; // filled in from the node itself
            }

            if (PropertyValues.TryNormalize(property, raw, out var value, out var error))
            {
                if (value is not null)
                {
                    result[property.Name] = value;
                }
            }
            else
            {
                problems.Add(new(isEdge, index, item, property.Name, error!));
            }
        }

        return result;
    }

    private static string NodeItem(int index, string id) => $"node {index + 1} ({id})";

    private static string EdgeItem(int index, GraphEdge edge) => $"edge {index + 1} ({edge.FromId})-[:{edge.Type}]->({edge.ToId})";
}
