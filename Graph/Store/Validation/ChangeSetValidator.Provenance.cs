using GraphServer.Model;

namespace GraphServer.Store.Validation;

/// <summary>The rules that need the whole change set and the stored graph: citations and cardinality One.</summary>
public sealed partial class ChangeSetValidator
{
    /// <summary>The field a node's missing citations are reported on: the <c>sources</c> of the import format.</summary>
    public const string SourcesField = "sources";

    private static IEnumerable<string> SourceIdsOf(GraphEdge edge) =>
        edge.Properties.GetValueOrDefault(CommonProperties.SourceIds) is System.Collections.IEnumerable ids and not string
            ? ids.OfType<string>()
            : [];

    private void CheckSourceIds(
        int index, string item, string[] sourceIds, string[]? quotes, Func<string, string?> labelOf, List<ValidationProblem> problems)
    {
        foreach (var id in sourceIds)
        {
            var label = labelOf(id);
            if (label != model.SourceLabel)
            {
                problems.Add(new(true, index, item, CommonProperties.SourceIds,
                    label is null ? $"source '{id}' does not exist" : $"'{id}' is a {label}, not a {model.SourceLabel}"));
            }
        }

        if (quotes is not null && quotes.Length != sourceIds.Length)
        {
            problems.Add(new(true, index, item, CommonProperties.Quotes,
                $"has {quotes.Length} quote(s) for {sourceIds.Length} source(s); use an empty string where a source has no quote"));
        }
    }

    /// <summary>Every node but a Source cites a Source: through CITES in this change set, or already stored (and not deleted here).</summary>
    private async Task CheckNodesCiteAsync(
        IReadOnlyList<GraphNode> nodes,
        IReadOnlyDictionary<string, int> nodeIndex,
        IReadOnlyList<GraphEdge> edges,
        IReadOnlySet<string> deletedNodes,
        IReadOnlyList<EdgeKey> deletedEdges,
        StoredGraphLookup stored,
        List<ValidationProblem> problems)
    {
        if (model.Citation is not { } citation)
        {
            return;
        }

        var citing = edges.Where(e => e.Type == citation.Type).Select(e => e.FromId).ToHashSet(StringComparer.Ordinal);
        var uncited = nodes.Where(n => n.Label != model.SourceLabel && !citing.Contains(n.Id)).ToList();
        // A node deleted and written again here lost its stored citations; one whose citations are deleted here is asked
        // again below only if none is left, which the stored lookup cannot tell, so deleting citations counts as losing them.
        var loseCitations = deletedEdges.Where(k => k.Type == citation.Type).Select(k => k.FromId).ToHashSet(StringComparer.Ordinal);
        var askStore = uncited.Where(n => !deletedNodes.Contains(n.Id) && !loseCitations.Contains(n.Id)).Select(n => n.Id).ToList();
        var storedCited = askStore.Count == 0 ? new HashSet<string>() : await stored.CitedAsync(askStore).ConfigureAwait(false);
        foreach (var node in uncited.Where(n => !storedCited.Contains(n.Id)))
        {
            var index = nodeIndex[node.Id];
            problems.Add(new(false, index, NodeItem(index, node.Id), SourcesField,
                $"cites no source; every fact must cite one through {citation.Type}"));
        }
    }

    /// <summary>An end of cardinality One (an Event's AT) holds at most one relationship after the change set is applied.</summary>
    private async Task CheckSingleEndsAsync(
        IReadOnlyList<GraphEdge> edges,
        IReadOnlyDictionary<EdgeKey, int> edgeIndex,
        IReadOnlySet<string> deletedNodes,
        IReadOnlyList<EdgeKey> deletedEdges,
        StoredGraphLookup stored,
        List<ValidationProblem> problems)
    {
        foreach (var type in model.RelationshipTypes)
        {
            foreach (var end in new[] { type.Outgoing, type.Incoming }.Where(e => e.Cardinality == Cardinality.One))
            {
                string Near(EdgeKey key) => end.IsOutgoing ? key.FromId : key.ToId;
                var written = edges.Where(e => e.Type == type.Type).Select(e => new EdgeKey(e.Type, e.FromId, e.ToId)).ToList();
                if (written.Count == 0)
                {
                    continue;
                }

                var nearIds = written.Select(Near).Distinct(StringComparer.Ordinal).ToList();
                var storedLinks = await stored.LinksAsync(type.Type, end.IsOutgoing, nearIds).ConfigureAwait(false);
                var gone = deletedEdges.ToHashSet();
                var after = storedLinks
                    .Where(k => !gone.Contains(k) && !deletedNodes.Contains(k.FromId) && !deletedNodes.Contains(k.ToId))
                    .Concat(written)
                    .Distinct();
                foreach (var group in after.GroupBy(Near).Where(g => g.Count() > 1))
                {
                    var first = edges.First(e => e.Type == type.Type && (end.IsOutgoing ? e.FromId : e.ToId) == group.Key);
                    var index = edgeIndex[new EdgeKey(first.Type, first.FromId, first.ToId)];
                    problems.Add(new(true, index, EdgeItem(index, first), end.FieldName,
                        $"'{group.Key}' may have one {type.Type} {(end.IsOutgoing ? "from" : "to")} it; this would make {group.Count()}"));
                }
            }
        }
    }
}
