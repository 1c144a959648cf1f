using GraphServer.Model;
using GraphServer.Seed.Loading;
using GraphServer.Seed.Progress;
using GraphServer.Store;
using GraphServer.Store.Validation;

namespace GraphServer.Seed.Import;

/// <summary>
/// The first, read-only pass of an import: streams every file twice (nodes, then relationships, so an edge may name a
/// node defined anywhere in the import), checks each chunk with the store's own <see cref="ChangeSetValidator"/>, and
/// maps each <see cref="ValidationProblem.Index"/> back to the file and line of its record.
/// </summary>
internal sealed class ImportValidation(GraphModel model, IGraphStore store, IReadOnlyList<IGraphFileReader> files, int chunkSize, IProgressSink progress)
{
    /// <summary>Problems kept for the report; the rest are only counted, so a wholly wrong file cannot exhaust memory.</summary>
    public const int MaxReported = 1_000;

    private static readonly IReadOnlyDictionary<string, string> NoLabels = new Dictionary<string, string>();

    private readonly ChangeSetValidator _validator = new(model);
    private readonly ImportIndex _index = new();
    private readonly List<ImportProblem> _problems = [];
    private long _problemCount;
    private long _read;

    public async Task<ImportCheck> RunAsync(CancellationToken cancellationToken)
    {
        await PassAsync(nodes: true, CheckNodesAsync, cancellationToken).ConfigureAwait(false);
        await PassAsync(nodes: false, CheckEdgesAsync, cancellationToken).ConfigureAwait(false);
        var order = files.Select(f => f.Path).ToList();
        var sorted = _problems.OrderBy(p => order.IndexOf(p.File)).ThenBy(p => p.Line).ToList();
        return new ImportCheck(sorted, _problemCount, _index.NodeCount, _index.EdgeCount);
    }

    /// <summary>One streaming read of every file, checking either its nodes or its relationships in chunks.</summary>
    private async Task PassAsync(bool nodes, Func<List<(ImportRecord Record, RecordAt At)>, CancellationToken, Task> check, CancellationToken cancellationToken)
    {
        var stage = nodes ? "checking nodes" : "checking relationships";
        var chunk = new List<(ImportRecord, RecordAt)>(chunkSize);
        for (var file = 0; file < files.Count; file++)
        {
            foreach (var record in files[file].Read())
            {
                var at = new RecordAt(file, record.Line);
                if (nodes)
                {
                    // Reading problems are reported once, in the first pass, whatever the record is.
                    foreach (var problem in record.Problems)
                    {
                        Report(at, problem.Field, problem.Reason);
                    }
                }

                // A node's citations are relationships: checked in the second pass, once every Source of the import is known.
                var belongs = nodes ? record.Node is not null : record.Edge is not null || record.Citations.Count > 0;
                if (!belongs || (nodes || record.Edge is not null ? !IsFirst(record, at) : _index.FirstAt(record.Node!.Id) != at))
                {
                    continue;
                }

                chunk.Add((record, at));
                if (chunk.Count == chunkSize)
                {
                    await check(chunk, cancellationToken).ConfigureAwait(false);
                    chunk.Clear();
                }

                if (++_read % chunkSize == 0)
                {
                    progress.Report(stage, _read, 0);
                    cancellationToken.ThrowIfCancellationRequested();
                }
            }
        }

        if (chunk.Count > 0)
        {
            await check(chunk, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>A record already seen in the import is reported against its first line and kept out of the chunks.</summary>
    private bool IsFirst(ImportRecord record, RecordAt at)
    {
        var (first, field, what) = record.Node is { } node
            ? (_index.AddNode(node, at), "id", $"'{node.Id}'")
            : (_index.AddEdge(record.Edge!, at), "type", "this relationship");
        if (first is { } earlier)
        {
            Report(at, field, $"{what} appears twice in the import; first at {Where(earlier)}");
            return false;
        }

        return true;
    }

    private async Task CheckNodesAsync(List<(ImportRecord Record, RecordAt At)> chunk, CancellationToken cancellationToken)
    {
        var nodes = chunk.Select(c => c.Record.Node!).ToList();
        // Whether a node cites a Source is known from its own record (its sources become CITES in this import).
        var cited = chunk.Where(c => c.Record.Citations.Count > 0).Select(c => c.Record.Node!.Id).ToHashSet(StringComparer.Ordinal);
        var lookup = new StoredGraphLookup(_ => Task.FromResult(NoLabels), _ => Task.FromResult<IReadOnlySet<string>>(cited));
        await ValidateAsync(new ChangeSet(nodes, []), chunk.Select(c => c.At).ToList(), lookup).ConfigureAwait(false);

        // The validator does not read the store for nodes; a stored node keeps its label, so a different one would fail the write.
        var stored = await store.GetNodesAsync(nodes.Select(n => n.Id).ToList(), cancellationToken).ConfigureAwait(false);
        var labels = stored.ToDictionary(n => n.Id, n => n.Label, StringComparer.Ordinal);
        foreach (var (record, at) in chunk)
        {
            if (labels.TryGetValue(record.Node!.Id, out var label) && label != record.Node.Label)
            {
                Report(at, "label", $"'{record.Node.Id}' is stored as a {label}; a node keeps its label");
            }
        }
    }

    private Task CheckEdgesAsync(List<(ImportRecord Record, RecordAt At)> chunk, CancellationToken cancellationToken)
    {
        var edges = new List<GraphEdge>();
        var lines = new List<RecordAt>();
        var citations = new HashSet<int>();
        foreach (var (record, at) in chunk)
        {
            foreach (var edge in record.Edge is { } e ? [e] : record.Citations)
            {
                if (record.Edge is null)
                {
                    citations.Add(edges.Count);
                }

                edges.Add(edge);
                lines.Add(at);
            }
        }

        // The citing node is in the import (checked in the first pass): its label answers from the index.
        // The file names a record's provenance `sources`; the store's names for it (a CITES edge's `to`, a link's
        // `sourceIds`) would point the investigator at a column the file does not have.
        return ValidateAsync(
            new ChangeSet([], edges),
            lines,
            new StoredGraphLookup(ids => LabelsAsync(ids, cancellationToken)),
            (index, field) => field == CommonProperties.SourceIds || (field == "to" && citations.Contains(index)) ? RecordSources.Field : field);
    }

    private async Task ValidateAsync(
        ChangeSet changes, IReadOnlyList<RecordAt> lines, StoredGraphLookup lookup, Func<int, string, string>? fileField = null)
    {
        try
        {
            await _validator.ValidateAsync(changes, lookup).ConfigureAwait(false);
        }
        catch (ChangeSetValidationException e)
        {
            foreach (var problem in e.Problems)
            {
                Report(lines[problem.Index], fileField?.Invoke(problem.Index, problem.Field) ?? problem.Field, problem.Reason);
            }
        }
    }

    /// <summary>Endpoints defined in the import answer from the index; only the others cost a store lookup.</summary>
    private async Task<IReadOnlyDictionary<string, string>> LabelsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        var elsewhere = new List<string>();
        foreach (var id in ids)
        {
            if (_index.LabelOf(id) is { } label)
            {
                labels[id] = label;
            }
            else
            {
                elsewhere.Add(id);
            }
        }

        if (elsewhere.Count > 0)
        {
            foreach (var node in await store.GetNodesAsync(elsewhere, cancellationToken).ConfigureAwait(false))
            {
                labels[node.Id] = node.Label;
            }
        }

        return labels;
    }

    private void Report(RecordAt at, string field, string reason)
    {
        if (++_problemCount <= MaxReported)
        {
            _problems.Add(new ImportProblem(files[at.File].Path, at.Line, field, reason));
        }
    }

    private string Where(RecordAt at) => $"{files[at.File].Path}:{at.Line}";
}
