using GraphServer.Bolt;
using GraphServer.Model;
using GraphServer.Store.Querying;
using GraphServer.Store.Validation;

namespace GraphServer.Store.Neo4j;

/// <summary>
/// Writes: in one write transaction, the change set is validated against the model and the stored graph (labels,
/// citations, cardinality One, Sources still cited), then applied in one statement that also recomputes the derived
/// knownFrom of everything it touched.
/// </summary>
public sealed partial class Neo4jStore
{
    public async Task ApplyAsync(ChangeSet changes, CancellationToken cancellationToken = default)
    {
        RefuseInSnapshot();
        if (changes.IsEmpty)
        {
            return;
        }

        // One managed write transaction: the Sources the change set deletes or cites are locked first, then the
        // validator reads the graph in the same transaction, so a Source found uncited is still uncited at commit.
        await using var session = _driver.AsyncSession();
        await session.ExecuteWriteAsync(async transaction =>
        {
            await LockSourcesAsync(transaction, changes, cancellationToken).ConfigureAwait(false);
            var lookup = new StoredGraphLookup(
                ids => LabelsAsync(transaction, ids, cancellationToken),
                ids => CitedAsync(transaction, ids, cancellationToken),
                (type, outgoing, ids) => LinksAsync(transaction, type, outgoing, ids, cancellationToken),
                ids => CitationsOfAsync(transaction, ids, cancellationToken));
            var valid = await _validator.ValidateAsync(changes, lookup).ConfigureAwait(false);
            if (valid.IsEmpty)
            {
                return false;
            }

            if (valid.ExpectedVersions.Count > 0)
            {
                await CheckVersionsAsync(transaction, valid, cancellationToken).ConfigureAwait(false);
            }

            var changedSources = await ChangedSourcesAsync(transaction, valid, cancellationToken).ConfigureAwait(false);
            var parameters = Neo4jValues.ApplyParameters(_model, valid, changedSources);
            var applied = await transaction.RunAsync(_templates.Apply, parameters, cancellationToken).ConfigureAwait(false);
            await applied.ConsumeAsync(cancellationToken).ConfigureAwait(false);
            if (valid.ExpectedVersions.Count > 0)
            {
                await CheckWrittenVersionsAsync(transaction, valid, cancellationToken).ConfigureAwait(false);
            }

            return true;
        }, null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The Sources this change set deletes or cites (CITES targets, relationships' sourceIds), in id order.</summary>
    private async Task LockSourcesAsync(IAsyncQueryRunner transaction, ChangeSet changes, CancellationToken cancellationToken)
    {
        var citationType = _model.Citation?.Type;
        var ids = changes.DeleteNodeIds
            .Concat(changes.Edges.Where(e => e.Type == citationType).Select(e => e.ToId))
            .Concat(changes.Edges.SelectMany(e => e.Properties.GetValueOrDefault(CommonProperties.SourceIds) is System.Collections.IEnumerable list
                and not string ? list.OfType<string>() : []))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (ids.Count > 0)
        {
            var cursor = await transaction.RunAsync(_templates.LockSources, IdsParameter(ids), cancellationToken).ConfigureAwait(false);
            await cursor.ConsumeAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Before the write: locks every node the writer expects a version of and compares. A node not stored yet cannot
    /// be locked, so <see cref="CheckWrittenVersionsAsync"/> covers two writers creating one id at once.
    /// </summary>
    private async Task CheckVersionsAsync(IAsyncQueryRunner transaction, ChangeSet valid, CancellationToken cancellationToken)
    {
        var stored = await VersionsAsync(transaction, _templates.LockVersions, valid.ExpectedVersions.Keys,
            cancellationToken).ConfigureAwait(false);
        var stale = StaleVersionException.Mismatches(valid.ExpectedVersions, stored);
        if (stale.Count > 0)
        {
            throw new StaleVersionException(stale);
        }
    }

    /// <summary>
    /// After the write, same transaction: every upserted node with an expected version must now be one above it. If
    /// another transaction created the node first (the id constraint made this one wait and then MERGE matched), the
    /// version is higher, and throwing rolls this write back; the other writer's version is one below what we read.
    /// </summary>
    private async Task CheckWrittenVersionsAsync(IAsyncQueryRunner transaction, ChangeSet valid, CancellationToken cancellationToken)
    {
        var upserted = valid.Nodes.Select(n => n.Id).Where(valid.ExpectedVersions.ContainsKey).ToList();
        if (upserted.Count == 0)
        {
            return;
        }

        var written = await VersionsAsync(transaction, _templates.Versions, upserted, cancellationToken).ConfigureAwait(false);
        var stale = upserted.Where(id => written.GetValueOrDefault(id) != valid.ExpectedVersions[id] + 1)
            .ToDictionary(id => id, id => written.GetValueOrDefault(id) - 1, StringComparer.Ordinal);
        if (stale.Count > 0)
        {
            throw new StaleVersionException(stale);
        }
    }

    private static async Task<Dictionary<string, long>> VersionsAsync(
        IAsyncQueryRunner transaction, string statement, IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        var cursor = await transaction.RunAsync(statement, IdsParameter(ids.ToList()), cancellationToken).ConfigureAwait(false);
        var records = await cursor.ToListAsync(cancellationToken).ConfigureAwait(false);
        return records.ToDictionary(r => (string)r["id"]!, r => Convert.ToInt64(r["version"],
            System.Globalization.CultureInfo.InvariantCulture),
            StringComparer.Ordinal);
    }

    private async Task<IReadOnlyList<string>> ChangedSourcesAsync(IAsyncQueryRunner transaction, ChangeSet valid, CancellationToken cancellationToken)
    {
        var sources = valid.Nodes.Where(n => n.Label == _model.SourceLabel).Select(n => n.Id).ToList();
        if (sources.Count == 0)
        {
            return [];
        }

        var records = await RecordsAsync(transaction, _templates.PublishedAt, IdsParameter(sources), cancellationToken).ConfigureAwait(false);
        var stored = records.ToDictionary(r => (string)r["id"]!, r => r["publishedAt"] as string, StringComparer.Ordinal);
        return KnownFromWork.ChangedSources(_model, valid, stored);
    }

    private async Task<IReadOnlyDictionary<string, string>> LabelsAsync(
        IAsyncQueryRunner transaction, IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        var records = await RecordsAsync(transaction, _templates.LabelsOf, IdsParameter(ids), cancellationToken).ConfigureAwait(false);
        return records.ToDictionary(r => (string)r["id"]!, r => Neo4jValues.OwnLabel(r["labels"]), StringComparer.Ordinal);
    }

    private async Task<IReadOnlySet<string>> CitedAsync(
        IAsyncQueryRunner transaction, IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        var records = await RecordsAsync(transaction, _templates.Cited, IdsParameter(ids), cancellationToken).ConfigureAwait(false);
        return records.Select(r => (string)r["id"]!).ToHashSet(StringComparer.Ordinal);
    }

    private static async Task<IReadOnlyList<EdgeKey>> LinksAsync(
        IAsyncQueryRunner transaction, string type, bool outgoing, IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        var records = await RecordsAsync(transaction, CypherTemplates.Links(type, outgoing), IdsParameter(ids), cancellationToken)
            .ConfigureAwait(false);
        return records.Select(r => new EdgeKey(type, (string)r["from"]!, (string)r["to"]!)).ToList();
    }

    private async Task<IReadOnlyList<StoredCitation>> CitationsOfAsync(
        IAsyncQueryRunner transaction, IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        var parameters = new Dictionary<string, object?> { ["ids"] = ids.ToList(), ["cites"] = _model.Citation?.Type ?? string.Empty };
        var records = await RecordsAsync(transaction, _templates.CitationsOf, parameters, cancellationToken).ConfigureAwait(false);
        return records.Select(r => new StoredCitation((string)r["source"]!, new EdgeKey((string)r["type"]!, (string)r["from"]!,
            (string)r["to"]!))).ToList();
    }

    private static async Task<IReadOnlyList<BoltRecord>> RecordsAsync(
        IAsyncQueryRunner transaction, string statement, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken)
    {
        var cursor = await transaction.RunAsync(statement, parameters, cancellationToken).ConfigureAwait(false);
        return await cursor.ToListAsync(cancellationToken).ConfigureAwait(false);
    }
}
