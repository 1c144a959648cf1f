using GraphQL;
using GraphServer.Model;
using GraphServer.Store;

namespace GraphServer.Schema.Mutations;

/// <summary>
/// create, update and delete of one node, each one change set (one store transaction) with its sources: create expects
/// version 0 (an id already stored is refused with its version), update and delete the version the caller read.
/// </summary>
internal sealed class NodeMutations(GraphModel model, IGraphStore store, MutationOptions options)
{
    public async Task<MutationPayload> CreateAsync(IResolveFieldContext context, NodeType type)
    {
        var input = MutationInput.Of(context);
        var id = (string)input[CommonProperties.Id]!;
        var properties = MutationInput.Properties(input, type);
        return await WriteAsync(context, type, input, new GraphNode(id, type.Label, properties), 0, null).ConfigureAwait(false);
    }

    public async Task<MutationPayload> UpdateAsync(IResolveFieldContext context, NodeType type)
    {
        var input = MutationInput.Of(context);
        var id = (string)input[CommonProperties.Id]!;
        if (await StoredAsync(id, type, context.CancellationToken).ConfigureAwait(false) is not { } stored)
        {
            return MutationPayload.Refused(MutationError.Missing(id, type.Label));
        }

        // Left out: kept; given (null included): replaced. Derived values are the store's.
        var properties = stored.Properties.Where(p => type.FindProperty(p.Key) is { IsDerived: false })
            .ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        foreach (var (name, value) in MutationInput.Properties(input, type))
        {
            properties[name] = value;
        }

        var node = new GraphNode(id, type.Label, properties);
        return await WriteAsync(context, type, input, node, MutationInput.Version(input), null).ConfigureAwait(false);
    }

    public async Task<MutationPayload> DeleteAsync(IResolveFieldContext context, NodeType type)
    {
        var input = MutationInput.Of(context);
        var id = (string)input[CommonProperties.Id]!;
        if (await StoredAsync(id, type, context.CancellationToken).ConfigureAwait(false) is null)
        {
            return MutationPayload.Refused(MutationError.Missing(id, type.Label));
        }

        return await WriteAsync(context, type, input, null, MutationInput.Version(input), id).ConfigureAwait(false);
    }

    /// <summary>The stored node of this id and label; null when there is none (or the id names another label).</summary>
    private async Task<GraphNode?> StoredAsync(string id, NodeType type, CancellationToken cancellationToken) =>
        (await store.GetNodesAsync([id], cancellationToken).ConfigureAwait(false)).FirstOrDefault(n => n.Label == type.Label);

    /// <summary>Writes <paramref name="node"/> (or deletes <paramref name="deleteId"/>) with the input's sources, at a version.</summary>
    private async Task<MutationPayload> WriteAsync(
        IResolveFieldContext context, NodeType type, IReadOnlyDictionary<string, object?> input, GraphNode? node, long expected,
            string? deleteId)
    {
        var id = node?.Id ?? deleteId!;
        var paths = new RowPaths();
        var nodes = new List<GraphNode>();
        var edges = new List<GraphEdge>();
        if (node is not null)
        {
            paths.AddNode(string.Empty, nested: false);
            nodes.Add(node);
        }

        var refs = SourceRefs.Read(input.GetValueOrDefault(SourceRefs.Field), SourceRefs.Field, model, options.MaxSourcesPerWrite);
        var needsSources = type.Label != model.SourceLabel;
        if (needsSources)
        {
            if (refs.Errors.Count > 0)
            {
                return MutationPayload.Refused(refs.Errors);
            }

            refs.AddNewSourcePaths(paths);
            nodes.AddRange(refs.NewSources);
            if (node is not null)
            {
                refs.AddCitationPaths(paths);
                edges.AddRange(refs.Citations(id, model));
            }
        }

        var expectations = MutationInput.NewSourceExpectations(needsSources ? refs : null);
        expectations[id] = expected;
        var changes = new ChangeSet(nodes, edges) { DeleteNodeIds = deleteId is null ? [] : [deleteId], ExpectedVersions = expectations };
        var newSources = needsSources ? refs.Refs.Where(r => r.IsNew).ToDictionary(r => r.SourceId, r => r.Path,
            StringComparer.Ordinal) : [];
        var errors = await WriteApplier.ApplyAsync(store, changes, paths, (staleId, current) =>
            newSources.TryGetValue(staleId, out var path) ? MutationInput.AlreadyStored(path + ".source.id", staleId, current)
            : current == 0 && expected > 0 ? MutationError.Missing(staleId, type.Label)
            : MutationError.Stale(staleId, current), context.CancellationToken).ConfigureAwait(false);
        if (errors.Count > 0)
        {
            return MutationPayload.Refused(errors);
        }

        var touched = new[] { id }.Concat(needsSources ? refs.SourceIds : []).Distinct(StringComparer.Ordinal).ToList();
        if (deleteId is not null)
        {
            return new MutationPayload { Result = deleteId, TouchedIds = touched };
        }

        // The store checked the expected version in the write's transaction, so what it stored is at expected + 1.
        var written = await CommittedReadBack.NodesAsync(store, [id], () =>
            [node! with { Properties = new Dictionary<string, object?>(node!.Properties) { [CommonProperties.Version] = expected + 1 } }],
            context.CancellationToken).ConfigureAwait(false);
        return new MutationPayload { Result = written.FirstOrDefault(), TouchedIds = touched };
    }
}
