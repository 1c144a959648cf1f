using GraphServer.Model;
using GraphServer.Seed.Batching;
using GraphServer.Seed.Progress;
using GraphServer.Store;

namespace GraphServer.Seed.Import;

/// <summary>
/// Imports investigators' files: a validation pass that writes nothing and reports every bad record, then, only if
/// there is none, an apply pass in batches (all nodes first, then all relationships, so every endpoint is stored before
/// its link). Upserts by id and by (type, from, to) make a re-import change nothing; the checkpoint makes it resumable.
/// </summary>
internal static class ImportJob
{
    /// <summary>The same files, unchanged (size and time), into the same store are the same job.</summary>
    public static string Describe(IEnumerable<string> paths, string store) =>
        "import " + string.Join(" ", paths.Select(p => new FileInfo(p)).Select(f => $"{f.FullName}@{f.Length}@{f.LastWriteTimeUtc.Ticks}")) +
        $" into {store}";

    public static async Task<ImportResult> RunAsync(
        IGraphStore store,
        GraphModel model,
        IReadOnlyList<string> paths,
        int batchSize,
        CheckpointFile checkpoint,
        IProgressSink progress,
        CancellationToken cancellationToken)
    {
        var files = paths.Select(p => GraphFileReaders.For(p, model)).ToList();
        var check = await new ImportValidation(model, store, files, batchSize, progress).RunAsync(cancellationToken).ConfigureAwait(false);
        if (!check.IsValid)
        {
            return new ImportResult(check, null);
        }

        var total = check.Nodes + check.Edges;
        var from = Math.Min(checkpoint.Load(), total);
        var stats = await new BatchRunner(store, checkpoint, progress)
            .RunAsync(Batches(files, from, batchSize, model), from, total, cancellationToken)
            .ConfigureAwait(false);
        return new ImportResult(check, stats);
    }

    /// <summary>
    /// Re-reads the files: Sources, then the other nodes each with its citations (so every cited Source is stored
    /// first), then relationships; items before <paramref name="from"/> were committed earlier.
    /// </summary>
    private static IEnumerable<PositionedBatch> Batches(IReadOnlyList<IGraphFileReader> files, long from, int batchSize, GraphModel model)
    {
        long position = 0;
        foreach (var sources in new[] { true, false })
        {
            var nodes = new List<GraphNode>(batchSize);
            var citations = new List<GraphEdge>();
            foreach (var record in files.SelectMany(f => f.Read()).Where(r => r.Node is not null && (r.Node.Label == model.SourceLabel) == sources))
            {
                if (++position <= from)
                {
                    continue;
                }

                nodes.Add(record.Node!);
                citations.AddRange(record.Citations);
                if (nodes.Count == batchSize)
                {
                    yield return new PositionedBatch(position, "importing nodes", new ChangeSet(nodes, citations));
                    (nodes, citations) = (new List<GraphNode>(batchSize), []);
                }
            }

            if (nodes.Count > 0)
            {
                yield return new PositionedBatch(position, "importing nodes", new ChangeSet(nodes, citations));
            }
        }

        var edges = new List<GraphEdge>(batchSize);
        foreach (var edge in files.SelectMany(f => f.Read()).Select(r => r.Edge).OfType<GraphEdge>())
        {
            if (++position <= from)
            {
                continue;
            }

            edges.Add(edge);
            if (edges.Count == batchSize)
            {
                yield return new PositionedBatch(position, "importing relationships", new ChangeSet([], edges));
                edges = new List<GraphEdge>(batchSize);
            }
        }

        if (edges.Count > 0)
        {
            yield return new PositionedBatch(position, "importing relationships", new ChangeSet([], edges));
        }
    }
}
