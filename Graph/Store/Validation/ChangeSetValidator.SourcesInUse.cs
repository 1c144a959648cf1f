using GraphServer.Model;

namespace GraphServer.Store.Validation;

/// <summary>
/// A Source still cited is never deleted: DESIGN.md's "every fact carries its source" would otherwise leave citations
/// that point at nothing. A citation goes away with the change set when its node or relationship is deleted in it, or
/// when the relationship is rewritten in it (the rewritten sourceIds are checked as any others). A node delete that
/// leaves a Source cited by nothing changes nothing else: the Source stays, and may be deleted later.
/// </summary>
public sealed partial class ChangeSetValidator
{
    private async Task CheckDeletedSourcesUnusedAsync(
        ChangeSet changes,
        IReadOnlySet<string> deletedNodes,
        IReadOnlyList<GraphEdge> writtenEdges,
        StoredGraphLookup stored,
        List<ValidationProblem> problems)
    {
        if (model.SourceLabel is not { } sourceLabel || changes.DeleteNodeIds.Count == 0)
        {
            return;
        }

        var labels = await stored.LabelsAsync(deletedNodes.ToList()).ConfigureAwait(false);
        var sources = labels.Where(l => l.Value == sourceLabel).Select(l => l.Key).ToList();
        if (sources.Count == 0)
        {
            return;
        }

        var citationType = model.Citation?.Type ?? string.Empty;
        var goneEdges = changes.DeleteEdges.Concat(writtenEdges.Select(e => new EdgeKey(e.Type, e.FromId, e.ToId))).ToHashSet();
        var remaining = (await stored.CitationsOfAsync(sources).ConfigureAwait(false))
            .Where(c => !deletedNodes.Contains(c.By.FromId) && !goneEdges.Contains(c.By)
                && (c.By.ToId == c.SourceId || !deletedNodes.Contains(c.By.ToId)))
            .ToLookup(c => c.SourceId, StringComparer.Ordinal);
        for (var i = 0; i < changes.DeleteNodeIds.Count; i++)
        {
            var id = changes.DeleteNodeIds[i];
            var names = remaining[id].Select(c => SourceInUse.Name(c, citationType)).Distinct(StringComparer.Ordinal)
                .Order(StringComparer.Ordinal).ToList();
            if (names.Count > 0)
            {
                var inUse = new SourceInUse(id, names.Take(SourceInUse.MaxListed).ToList(), names.Count);
                problems.Add(new(false, i, $"deleted node {i + 1} ({id})", "id",
                    $"source '{id}' is still cited by {names.Count} record(s) ({string.Join(", ", inUse.CitedBy.Take(3))}" +
                    $"{(names.Count > 3 ? ", …" : string.Empty)}); remove those citations first") { InUse = inUse });
            }
        }
    }
}
