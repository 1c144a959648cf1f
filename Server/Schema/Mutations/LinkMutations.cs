using GraphQL;
using GraphServer.Model;
using GraphServer.Store;

namespace GraphServer.Schema.Mutations;

/// <summary>
/// <c>link</c> and <c>unlink</c>: one pair of mutations taking the relationship type (rather than one per type and
/// end), since every type has the same shape. link creates the relationship or, when stored, keeps its sources, adds the
/// new ones and overwrites the properties given; unlink removes it. Both need sources; relationships carry no version.
/// </summary>
internal sealed class LinkMutations(GraphModel model, IGraphStore store, MutationOptions options)
{
    public async Task<MutationPayload> LinkAsync(IResolveFieldContext context, bool unlink)
    {
        var input = MutationInput.Of(context);
        var (type, from, to) = ((string)input["type"]!, (string)input["from"]!, (string)input["to"]!);
        if (model.FindRelationship(type) is not { IsCitation: false } relationship)
        {
            return MutationPayload.Refused(MutationError.Invalid("type", $"{type} is written through the sources of a node, not linked"));
        }

        var refs = SourceRefs.Read(input.GetValueOrDefault(SourceRefs.Field), SourceRefs.Field, model, options.MaxSourcesPerWrite);
        if (refs.Errors.Count > 0)
        {
            return MutationPayload.Refused(refs.Errors);
        }

        var stored = (await store.GetNeighboursAsync(new NeighbourQuery([from], type, EdgeDirection.Outgoing), context.CancellationToken)
            .ConfigureAwait(false)).FirstOrDefault(n => n.Node.Id == to)?.Edge;
        if (unlink && stored is null)
        {
            return MutationPayload.Refused(MutationError.Missing($"({from})-[:{type}]->({to})", "relationship"));
        }

        var paths = new RowPaths();
        refs.AddNewSourcePaths(paths);
        var edges = new List<GraphEdge>();
        if (!unlink)
        {
            paths.AddEdge(string.Empty, nested: false);
            edges.Add(new GraphEdge(type, from, to, Merge(relationship, stored, input, refs)));
        }

        var changes = new ChangeSet(refs.NewSources, edges)
        {
            DeleteEdges = unlink ? [new EdgeKey(type, from, to)] : [],
            ExpectedVersions = MutationInput.NewSourceExpectations(refs),
        };
        var newSources = refs.Refs.Where(r => r.IsNew).ToDictionary(r => r.SourceId, r => r.Path, StringComparer.Ordinal);
        var errors = await WriteApplier.ApplyAsync(store, changes, paths,
            (id, current) => MutationInput.AlreadyStored(newSources.GetValueOrDefault(id, SourceRefs.Field) + ".source.id", id, current),
            context.CancellationToken).ConfigureAwait(false);
        if (errors.Count > 0)
        {
            return MutationPayload.Refused(errors);
        }

        var ends = await CommittedReadBack.NodesAsync(store, [from, to], () => [], context.CancellationToken).ConfigureAwait(false);
        return new MutationPayload
        {
            Result = new LinkResult(type, ends.FirstOrDefault(n => n.Id == from), ends.FirstOrDefault(n => n.Id == to)),
            TouchedIds = [.. new[] { from, to }.Concat(refs.SourceIds).Distinct(StringComparer.Ordinal)],
        };
    }

    /// <summary>The stored properties and sources (if any), the given properties over them, the new sources after them.</summary>
    private static Dictionary<string, object?> Merge(
        RelationshipType type, GraphEdge? stored, IReadOnlyDictionary<string, object?> input, SourceRefs refs)
    {
        var properties = (stored?.Properties ?? new Dictionary<string, object?>())
            .Where(p => type.FindProperty(p.Key) is { IsDerived: false })
            .ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        foreach (var (name, value) in input.Where(p => p.Key is not "type" and not "from" and not "to" and not SourceRefs.Field))
        {
            properties[name] = value;
        }

        var cited = new List<(string Id, string Quote)>();
        if (properties.GetValueOrDefault(CommonProperties.SourceIds) is IReadOnlyList<string> ids)
        {
            var quotes = properties.GetValueOrDefault(CommonProperties.Quotes) as IReadOnlyList<string>;
            cited.AddRange(ids.Select((id, i) => (id, quotes is not null && i < quotes.Count ? quotes[i] : string.Empty)));
        }

        foreach (var reference in refs.Refs)
        {
            cited.RemoveAll(c => c.Id == reference.SourceId);
            cited.Add((reference.SourceId, reference.Quote ?? string.Empty));
        }

        properties[CommonProperties.SourceIds] = cited.Select(c => c.Id).ToArray();
        properties[CommonProperties.Quotes] = cited.Select(c => c.Quote).ToArray();
        return properties;
    }
}
