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
        await _driver.ExecuteQueryAsync(_templates.Apply, Neo4jValues.ApplyParameters(_model, valid, changedSources), Write, cancellationToken)
            .ConfigureAwait(false);
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
