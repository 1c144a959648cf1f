namespace GraphServer.Store.Validation;

/// <summary>
/// What <see cref="ChangeSetValidator"/> may ask the stored graph, batched: the labels of nodes by id, which nodes
/// already cite a source, the stored relationships of a type at some nodes (for cardinality One), and what still cites
/// a Source (so a cited Source is never deleted). A lookup left
/// out answers "nothing stored", which is right for a graph checked on its own (a seed file, a generated batch).
/// </summary>
public sealed class StoredGraphLookup(
    Func<IReadOnlyCollection<string>, Task<IReadOnlyDictionary<string, string>>> labels,
    Func<IReadOnlyCollection<string>, Task<IReadOnlySet<string>>>? cited = null,
    Func<string, bool, IReadOnlyCollection<string>, Task<IReadOnlyList<EdgeKey>>>? links = null,
    Func<IReadOnlyCollection<string>, Task<IReadOnlyList<StoredCitation>>>? citations = null)
{
    public static StoredGraphLookup Nothing { get; } =
        new(_ => Task.FromResult<IReadOnlyDictionary<string, string>>(new Dictionary<string, string>()));

    /// <summary>Labels of stored nodes by id; unknown ids are left out.</summary>
    public Task<IReadOnlyDictionary<string, string>> LabelsAsync(IReadOnlyCollection<string> ids) => labels(ids);

    /// <summary>Which of these stored nodes have at least one citation (a <c>CITES</c> edge).</summary>
    public Task<IReadOnlySet<string>> CitedAsync(IReadOnlyCollection<string> ids) =>
        cited is null ? Task.FromResult<IReadOnlySet<string>>(new HashSet<string>()) : cited(ids);

    /// <summary>Stored relationships of <paramref name="type"/> that start (outgoing) or end (incoming) at one of <paramref name="ids"/>.</summary>
    public Task<IReadOnlyList<EdgeKey>> LinksAsync(string type, bool outgoing, IReadOnlyCollection<string> ids) =>
        links is null ? Task.FromResult<IReadOnlyList<EdgeKey>>([]) : links(type, outgoing, ids);

    /// <summary>Every stored citation of these Sources: CITES edges to them and relationships naming them in sourceIds.</summary>
    public Task<IReadOnlyList<StoredCitation>> CitationsOfAsync(IReadOnlyCollection<string> sourceIds) =>
        citations is null ? Task.FromResult<IReadOnlyList<StoredCitation>>([]) : citations(sourceIds);
}
