using GraphServer.Bolt;
using GraphServer.Store.Querying;
using GraphServer.Store.Validation;

namespace GraphServer.Store.Neo4j;

/// <summary>
/// Writes: the change set is validated against the model and the stored graph (labels, citations, cardinality One),
/// then applied in one statement that also recomputes the derived knownFrom of everything it touched.
/// </summary>
public sealed partial class Neo4jStore
{
    public async Task ApplyAsync(ChangeSet changes, CancellationToken cancellationToken = default)
    {
        RefuseInSnapshot();
        var lookup = new StoredGraphLookup(
            ids => LabelsAsync(ids, cancellationToken),
            ids => CitedAsync(ids, cancellationToken),
            (type, outgoing, ids) => LinksAsync(type, outgoing, ids, cancellationToken));
        var valid = await _validator.ValidateAsync(changes, lookup).ConfigureAwait(false);
        if (valid.IsEmpty)
        {
            return;
        }

        var changedSources = await ChangedSourcesAsync(valid, cancellationToken).ConfigureAwait(false);
        var parameters = Neo4jValues.ApplyParameters(_model, valid, changedSources);
        if (valid.ExpectedVersions.Count == 0)
        {
            await _driver.ExecuteQueryAsync(_templates.Apply, parameters, Write, cancellationToken).ConfigureAwait(false);
            return;
        }

        await using var session = _driver.AsyncSession();
        await session.ExecuteWriteAsync(async transaction =>
        {
            await CheckVersionsAsync(transaction, valid, cancellationToken).ConfigureAwait(false);
            var applied = await transaction.RunAsync(_templates.Apply, parameters, cancellationToken).ConfigureAwait(false);
            await applied.ConsumeAsync(cancellationToken).ConfigureAwait(false);
            await CheckWrittenVersionsAsync(transaction, valid, cancellationToken).ConfigureAwait(false);
            return true;
        }, null, cancellationToken).ConfigureAwait(false);
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

    private async Task<IReadOnlyList<string>> ChangedSourcesAsync(ChangeSet valid, CancellationToken cancellationToken)
    {
        var sources = valid.Nodes.Where(n => n.Label == _model.SourceLabel).Select(n => n.Id).ToList();
        if (sources.Count == 0)
        {
            return [];
        }

        var result = await _driver.ExecuteQueryAsync(_templates.PublishedAt, IdsParameter(sources), Read, cancellationToken).ConfigureAwait(false);
        var stored = result.Records.ToDictionary(r => (string)r["id"]!, r => r["publishedAt"] as string, StringComparer.Ordinal);
        return KnownFromWork.ChangedSources(_model, valid, stored);
    }

    private async Task<IReadOnlyDictionary<string, string>> LabelsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        var result = await _driver.ExecuteQueryAsync(_templates.LabelsOf, IdsParameter(ids), Read, cancellationToken).ConfigureAwait(false);
        return result.Records.ToDictionary(r => (string)r["id"]!, r => Neo4jValues.OwnLabel(r["labels"]), StringComparer.Ordinal);
    }

    private async Task<IReadOnlySet<string>> CitedAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        var result = await _driver.ExecuteQueryAsync(_templates.Cited, IdsParameter(ids), Read, cancellationToken).ConfigureAwait(false);
        return result.Records.Select(r => (string)r["id"]!).ToHashSet(StringComparer.Ordinal);
    }

    private async Task<IReadOnlyList<EdgeKey>> LinksAsync(string type, bool outgoing, IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        var result = await _driver.ExecuteQueryAsync(CypherTemplates.Links(type, outgoing), IdsParameter(ids), Read, cancellationToken)
            .ConfigureAwait(false);
        return result.Records.Select(r => new EdgeKey(type, (string)r["from"]!, (string)r["to"]!)).ToList();
    }
}
