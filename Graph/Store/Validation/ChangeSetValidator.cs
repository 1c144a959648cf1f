using GraphServer.Model;

namespace GraphServer.Store.Validation;

/// <summary>
/// Checks a change set against the model and returns it with every value normalised (see <see cref="PropertyValues"/>).
/// Endpoints of relationships must be in the change set or already stored, with labels the relationship type allows;
/// every record other than a Source must cite a Source (DESIGN.md: every fact carries its source): a node through a
/// <c>CITES</c> edge in the change set or stored, a relationship through its <c>sourceIds</c>. An end of cardinality One
/// takes at most one relationship; a Source still cited is not deleted. Derived properties (<c>knownFrom</c>) are the
/// store's: a given value is dropped.
/// </summary>
public sealed partial class ChangeSetValidator(GraphModel model)
{
    /// <param name="storedLabels">Looks up the labels of stored nodes by id, for endpoints not in the change set.</param>
    public Task<ChangeSet> ValidateAsync(
        ChangeSet changes,
        Func<IReadOnlyCollection<string>, Task<IReadOnlyDictionary<string, string>>> storedLabels) =>
        ValidateAsync(changes, new StoredGraphLookup(storedLabels));

    /// <param name="stored">What the stored graph holds: labels, citations, relationships at a node.</param>
    public async Task<ChangeSet> ValidateAsync(ChangeSet changes, StoredGraphLookup stored)
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
        var missing = changes.Edges.SelectMany(e => new[] { e.FromId, e.ToId }.Concat(SourceIdsOf(e)))
            .Where(id => !labels.ContainsKey(id) && !deleted.Contains(id)).Distinct().ToArray();
        var storedLabels = missing.Length == 0 ? new Dictionary<string, string>() : await stored.LabelsAsync(missing).ConfigureAwait(false);
        string? LabelOf(string id) => labels.TryGetValue(id, out var l) ? l : storedLabels.GetValueOrDefault(id);

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

        var nodeIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < changes.Nodes.Count; i++)
        {
            nodeIndex.TryAdd(changes.Nodes[i].Id, i);
        }

        var edgeIndex = new Dictionary<EdgeKey, int>();
        for (var i = 0; i < changes.Edges.Count; i++)
        {
            edgeIndex.TryAdd(new EdgeKey(changes.Edges[i].Type, changes.Edges[i].FromId, changes.Edges[i].ToId), i);
        }

        await CheckNodesCiteAsync(nodes, nodeIndex, edges, deleted, changes.DeleteEdges, stored, problems).ConfigureAwait(false);
        await CheckSingleEndsAsync(edges, edgeIndex, deleted, changes.DeleteEdges, stored, problems).ConfigureAwait(false);
        await CheckDeletedSourcesUnusedAsync(changes, deleted, edges, stored, problems).ConfigureAwait(false);
        if (problems.Count > 0)
        {
            throw new ChangeSetValidationException(problems);
        }

        return new ChangeSet(nodes, edges)
        {
            DeleteNodeIds = [.. deleted], DeleteEdges = changes.DeleteEdges.Distinct().ToArray(),
                ExpectedVersions = changes.ExpectedVersions,
        };
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
        if (!type.IsCitation && edge.Properties.GetValueOrDefault(CommonProperties.SourceIds) is null or System.Collections.ICollection { Count: 0 })
        {
            problems.Add(new(true, index, item, CommonProperties.SourceIds, "names no source; every link must cite one"));
            return null;
        }

        var properties = NormaliseProperties(index, true, item, type.Properties, edge.Properties, problems);
        if (!type.IsCitation && properties.GetValueOrDefault(CommonProperties.SourceIds) is string[] sourceIds)
        {
            CheckSourceIds(index, item, sourceIds, properties.GetValueOrDefault(CommonProperties.Quotes) as string[], labelOf, problems);
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

        // Derived values are computed by the store in the same transaction; one given here (an export read back) is dropped.
        foreach (var property in declared.Where(p => !p.IsDerived))
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
