using GraphServer.Model;

namespace GraphServer.Store.Querying;

/// <summary>
/// What a validated change set makes the store recompute of the derived <c>knownFrom</c>, in the same transaction:
/// the nodes it writes or whose citations it adds or removes, the nodes citing a Source it writes, the relationships it
/// writes, and (only when a stored Source's publication date changes) every relationship that names that Source.
/// </summary>
internal sealed record KnownFromWork(
    IReadOnlyList<string> NodeIds,
    IReadOnlyList<string> SourceIds,
    IReadOnlyList<EdgeKey> Edges)
{
    public static KnownFromWork Of(GraphModel model, ChangeSet valid)
    {
        var citation = model.Citation?.Type;
        var nodes = valid.Nodes.Select(n => n.Id)
            .Concat(valid.Edges.Where(e => e.Type == citation).Select(e => e.FromId))
            .Concat(valid.DeleteEdges.Where(k => k.Type == citation).Select(k => k.FromId))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var sources = valid.Nodes.Where(n => n.Label == model.SourceLabel).Select(n => n.Id).ToList();
        var edges = valid.Edges.Where(e => e.Type != citation).Select(e => new EdgeKey(e.Type, e.FromId, e.ToId)).ToList();
        return new KnownFromWork(nodes, sources, edges);
    }

    /// <summary>
    /// The written Sources whose stored publication date differs from the new one: relationships naming them must be
    /// found by scanning, so only a real change pays for it.
    /// </summary>
    public static IReadOnlyList<string> ChangedSources(GraphModel model, ChangeSet valid, IReadOnlyDictionary<string, string?> storedPublishedAt)
    {
        var published = model.GetNode(model.SourceLabel!).KnownFrom?.Name;
        return valid.Nodes
            .Where(n => n.Label == model.SourceLabel && storedPublishedAt.TryGetValue(n.Id, out var before)
                && before != (published is null ? null : n[published] as string))
            .Select(n => n.Id)
            .ToList();
    }
}
