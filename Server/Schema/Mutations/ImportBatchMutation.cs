using GraphQL;
using GraphServer.Model;
using GraphServer.Store;

namespace GraphServer.Schema.Mutations;

/// <summary>
/// <c>importBatch</c>: new nodes and relationships in one change set, all or nothing. Nodes are created, never replaced
/// (each expects version 0). Every bad row is answered with its path and reason and nothing is written. Problems come
/// in at most two rounds: the input's own shape (row cap, source references, ids already stored) first, then, when
/// that is clean, everything the store's validation finds in one go (values, endpoints, citations, cardinality).
/// </summary>
internal sealed class ImportBatchMutation(GraphModel model, IGraphStore store, MutationOptions options)
{
    public const string Nodes = "nodes";
    public const string Relationships = "relationships";

    /// <summary>Rows the input carries, for the row cap and the cost limit.</summary>
    public static int Rows(object? input) => input is IReadOnlyDictionary<string, object?> map
        ? Count(map.GetValueOrDefault(Nodes)) + Count(map.GetValueOrDefault(Relationships))
        : 0;

    public async Task<MutationPayload> ImportAsync(IResolveFieldContext context)
    {
        var input = MutationInput.Of(context);
        var rows = Rows(input);
        if (rows > options.MaxImportRows)
        {
            return MutationPayload.Refused(MutationError.Invalid(Nodes,
                $"the batch has {rows} rows (nodes and relationships); at most {options.MaxImportRows} per importBatch: split it"));
        }

        var errors = new List<MutationError>();
        var paths = new RowPaths();
        var nodes = new List<GraphNode>();
        var edges = new List<GraphEdge>();
        var refsByRow = new List<SourceRefs>();
        var nodeRows = Items(input.GetValueOrDefault(Nodes));
        for (var i = 0; i < nodeRows.Count; i++)
        {
            var row = nodeRows[i];
            var (label, id) = ((string)row["label"]!, (string)row[CommonProperties.Id]!);
            paths.AddNode($"{Nodes}[{i}]", nested: true);
            nodes.Add(new GraphNode(id, label, Properties(row)));
            if (label != model.SourceLabel)
            {
                var refs = Read(row, $"{Nodes}[{i}]", errors);
                refsByRow.Add(refs);
                edges.AddRange(refs.Citations(id, model));
            }
        }

        var relationshipRows = Items(input.GetValueOrDefault(Relationships));
        var relationshipEdges = new List<GraphEdge>();
        for (var j = 0; j < relationshipRows.Count; j++)
        {
            var row = relationshipRows[j];
            var type = (string)row["type"]!;
            var properties = Properties(row);
            if (model.FindRelationship(type) is not { IsCitation: true })
            {
                var refs = Read(row, $"{Relationships}[{j}]", errors);
                properties[CommonProperties.SourceIds] = refs.Refs.Select(r => r.SourceId).ToArray();
                properties[CommonProperties.Quotes] = refs.Refs.Select(r => r.Quote ?? string.Empty).ToArray();
                refsByRow.Add(refs);
            }

            relationshipEdges.Add(new GraphEdge(type, (string)row["from"]!, (string)row["to"]!, properties));
        }

        // Change-set order: node rows, then inline Sources; relationship rows, then the CITES edges of the node rows.
        foreach (var refs in refsByRow)
        {
            refs.AddNewSourcePaths(paths);
            nodes.AddRange(refs.NewSources);
        }

        for (var j = 0; j < relationshipRows.Count; j++)
        {
            paths.AddEdge($"{Relationships}[{j}]", nested: true);
        }

        foreach (var refs in refsByRow.Take(nodeRows.Count(r => (string)r["label"]! != model.SourceLabel)))
        {
            refs.AddCitationPaths(paths);
        }

        var idPaths = IdPaths(nodeRows, refsByRow);
        errors.AddRange(await AlreadyStoredAsync(idPaths, context.CancellationToken).ConfigureAwait(false));
        if (errors.Count > 0)
        {
            return MutationPayload.Refused(errors);
        }

        var changes = new ChangeSet(nodes, [.. relationshipEdges, .. edges])
        {
            ExpectedVersions = idPaths.Keys.ToDictionary(id => id, _ => 0L, StringComparer.Ordinal),
        };
        var refused = await WriteApplier.ApplyAsync(store, changes, paths,
            (id, current) => MutationInput.AlreadyStored(idPaths.GetValueOrDefault(id, Nodes), id, current), context.CancellationToken)
            .ConfigureAwait(false);
        if (refused.Count > 0)
        {
            return MutationPayload.Refused(refused);
        }

        var touched = nodes.Select(n => n.Id).Concat(relationshipEdges.SelectMany(e => new[] { e.FromId, e.ToId }))
            .Concat(refsByRow.SelectMany(r => r.SourceIds)).Distinct(StringComparer.Ordinal).ToList();
        return new MutationPayload
        {
            Result = new ImportResult(nodes.Select(n => n.Id).ToList(), relationshipEdges.Count),
            TouchedIds = touched,
            AuditKind = MutationPayload.ImportKind,
        };
    }

    private SourceRefs Read(IReadOnlyDictionary<string, object?> row, string prefix, List<MutationError> errors)
    {
        var refs = SourceRefs.Read(row.GetValueOrDefault(SourceRefs.Field), $"{prefix}.{SourceRefs.Field}", model,
            options.MaxSourcesPerWrite);
        errors.AddRange(refs.Errors);
        return refs;
    }

    /// <summary>Every id the batch creates, with where it was given (first place wins; duplicates are the store's to report).</summary>
    private static Dictionary<string, string> IdPaths(IReadOnlyList<IReadOnlyDictionary<string, object?>> nodeRows,
        IEnumerable<SourceRefs> refs)
    {
        var paths = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < nodeRows.Count; i++)
        {
            paths.TryAdd((string)nodeRows[i][CommonProperties.Id]!, $"{Nodes}[{i}].id");
        }

        foreach (var reference in refs.SelectMany(r => r.Refs).Where(r => r.IsNew))
        {
            paths.TryAdd(reference.SourceId, reference.Path + ".source.id");
        }

        return paths;
    }

    private async Task<IEnumerable<MutationError>> AlreadyStoredAsync(Dictionary<string, string> idPaths,
        CancellationToken cancellationToken)
    {
        var stored = await store.GetNodesAsync(idPaths.Keys, cancellationToken).ConfigureAwait(false);
        var versions = stored.ToDictionary(n => n.Id, n => n[CommonProperties.Version] as long? ?? 0, StringComparer.Ordinal);
        return idPaths.Where(p => versions.ContainsKey(p.Key)).Select(p => MutationInput.AlreadyStored(p.Value, p.Key, versions[p.Key]));
    }

    private static Dictionary<string, object?> Properties(IReadOnlyDictionary<string, object?> row) =>
        row.GetValueOrDefault("properties") is IReadOnlyDictionary<string, object?> map
            ? map.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal)
            : new Dictionary<string, object?>(StringComparer.Ordinal);

    private static List<IReadOnlyDictionary<string, object?>> Items(object? value) =>
        (value as IEnumerable<object?> ?? []).OfType<IReadOnlyDictionary<string, object?>>().ToList();

    private static int Count(object? value) => value is System.Collections.ICollection list ? list.Count : 0;
}
