using GraphServer.Model;
using GraphServer.Store;

namespace GraphServer.Schema.Mutations;

/// <summary>
/// The <c>sources</c> of a write: each an existing Source (<c>id</c>, optional <c>quote</c>) or a new one inline
/// (<c>source: { id publisher title kind publishedAt … }</c>, written in the same transaction). A write without any is
/// refused with SourceRequiredError; a reference with neither or both is a ValidationError at its path.
/// </summary>
internal sealed record SourceRefs(IReadOnlyList<SourceRefs.Ref> Refs, IReadOnlyList<GraphNode> NewSources,
    IReadOnlyList<MutationError> Errors)
{
    public const string Field = "sources";

    public IEnumerable<string> SourceIds => Refs.Select(r => r.SourceId);

    /// <summary>Reads the list at <paramref name="prefix"/> (<c>sources</c>, <c>nodes[2].sources</c>).</summary>
    public static SourceRefs Read(object? value, string prefix, GraphModel model, int max)
    {
        var refs = new List<Ref>();
        var created = new List<GraphNode>();
        var errors = new List<MutationError>();
        var items = value as IEnumerable<object?> ?? [];
        var index = 0;
        foreach (var item in items)
        {
            var path = $"{prefix}[{index++}]";
            var fields = item as IReadOnlyDictionary<string, object?> ?? new Dictionary<string, object?>();
            var id = fields.GetValueOrDefault("id") as string;
            var quote = fields.GetValueOrDefault("quote") as string;
            var inline = fields.GetValueOrDefault("source") as IReadOnlyDictionary<string, object?>;
            if ((id is null) == (inline is null))
            {
                errors.Add(MutationError.Invalid(path, "give either id (an existing Source) or source (a new one), not both or neither"));
                continue;
            }

            if (inline is not null)
            {
                id = inline.GetValueOrDefault(CommonProperties.Id) as string ?? string.Empty;
                created.Add(new GraphNode(id, model.SourceLabel!, inline.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal)));
            }

            refs.Add(new Ref(id!, quote, path, inline is not null));
        }

        if (index == 0)
        {
            errors.Add(MutationError.SourceMissing(prefix,
                "every write needs at least one source: an existing Source by id (with an optional quote) or a new one inline"));
        }
        else if (index > max)
        {
            errors.Add(MutationError.Invalid(prefix, $"at most {max} sources per write"));
        }

        return new SourceRefs(refs, created, errors);
    }

    /// <summary>The CITES edges of a node citing these sources, each with its quote.</summary>
    public IEnumerable<GraphEdge> Citations(string nodeId, GraphModel model) => Refs.Select(r => new GraphEdge(
        model.Citation!.Type, nodeId, r.SourceId,
        r.Quote is null ? new Dictionary<string, object?>() : new Dictionary<string, object?> { [CommonProperties.Quote] = r.Quote }));

    /// <summary>The citation edges with their paths, for <see cref="RowPaths"/>; one per reference, in order.</summary>
    public void AddCitationPaths(RowPaths paths)
    {
        foreach (var r in Refs)
        {
            paths.AddCitation(r.Path);
        }
    }

    /// <summary>The new Source nodes, each at <c>sources[i].source</c> for <see cref="RowPaths"/>.</summary>
    public void AddNewSourcePaths(RowPaths paths)
    {
        foreach (var r in Refs.Where(r => r.IsNew))
        {
            paths.AddNode(r.Path + ".source", nested: false);
        }
    }

    public sealed record Ref(string SourceId, string? Quote, string Path, bool IsNew);
}
