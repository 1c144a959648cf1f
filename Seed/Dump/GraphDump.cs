using System.Runtime.CompilerServices;
using System.Text;
using GraphServer.Model;
using GraphServer.Store;
using GraphServer.Store.Querying;

namespace GraphServer.Seed.Dump;

/// <summary>
/// The whole graph in the import format (<c>{"nodes": [...], "relationships": [...]}</c>, one record a line), read from
/// any store a page at a time: nodes label by label in the model's order, each label in id order (keyset pages, with
/// sources in the same call); then the same pages again for their outgoing relationships per relationship type, in
/// batches of at most a page of relationships (<see cref="NeighbourBatches"/>), ordered by (from, to). Memory holds one
/// page; the output is the same for the same graph on either store, so two dumps compare byte for byte. CITES edges are
/// not relationships here: they are the nodes' <c>sources</c>.
/// <para><b>One snapshot.</b> All pages are read in one read transaction of the store (<see cref="ISnapshotReads"/>), so
/// writers may go on. On the embedded store that is one instant. Neo4j's transactions are read committed, so a later page
/// can see a node or relationship committed after the dump began: the dump then keeps the ids it wrote (a set of ids,
/// not the graph) and leaves out a relationship whose end, or one of whose sources, it did not write (counted in
/// <see cref="DumpStats.LeftOut"/>), so the file never names a node it lacks and imports cleanly. Sources come last in
/// the model's order, so every Source a node cites was committed before its page was read and is in the file.</para>
/// </summary>
internal static class GraphDump
{
    private static readonly byte[] Opening = Encoding.UTF8.GetBytes("{\"nodes\": [\n");
    private static readonly byte[] Between = Encoding.UTF8.GetBytes("\n], \"relationships\": [\n");
    private static readonly byte[] Closing = Encoding.UTF8.GetBytes("\n]}\n");
    private static readonly byte[] Separator = Encoding.UTF8.GetBytes(",\n");

    /// <summary>Long enough for tens of millions of records; Neo4j would otherwise end the transaction at its default (60 s).</summary>
    public static readonly TimeSpan SnapshotTimeout = TimeSpan.FromHours(6);

    public static async Task<DumpStats> WriteAsync(
        IGraphStore store, GraphModel model, Stream output, int pageSize, CancellationToken cancellationToken)
    {
        if (store is not ISnapshotReads snapshots)
        {
            return await WriteAsync(store, model, output, pageSize, written: null, cancellationToken).ConfigureAwait(false);
        }

        await using var snapshot = await snapshots.OpenSnapshotAsync(SnapshotTimeout, cancellationToken).ConfigureAwait(false);
        var written = snapshot.IsPointInTime ? null : new HashSet<string>(StringComparer.Ordinal);
        return await WriteAsync(snapshot.Reads, model, output, pageSize, written, cancellationToken).ConfigureAwait(false);
    }

    /// <param name="written">Null when the reads see one instant; else filled with every node id written, to check relationships.</param>
    private static async Task<DumpStats> WriteAsync(
        IGraphStore store, GraphModel model, Stream output, int pageSize, HashSet<string>? written, CancellationToken cancellationToken)
    {
        using var records = new DumpRecordWriter(output);
        long nodes = 0, relationships = 0, citations = 0, leftOut = 0;
        await output.WriteAsync(Opening, cancellationToken).ConfigureAwait(false);
        await foreach (var (type, page) in PagesAsync(store, model, pageSize, withSources: true, cancellationToken).ConfigureAwait(false))
        {
            foreach (var node in page)
            {
                await SeparateAsync(output, nodes++, cancellationToken).ConfigureAwait(false);
                records.WriteNode(type, node);
                citations += node.Sources?.Count ?? 0;
                written?.Add(node.Id);
            }

            await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        }

        await output.WriteAsync(Between, cancellationToken).ConfigureAwait(false);
        await foreach (var (type, page) in PagesAsync(store, model, pageSize, withSources: false, cancellationToken).ConfigureAwait(false))
        {
            var ids = page.Select(n => n.Id).ToList();
            var starting = model.RelationshipTypes.Where(r => !r.IsCitation && r.From.Contains(type.Label, StringComparer.Ordinal));
            foreach (var relationship in starting)
            {
                // Batches are runs of the page's parents (or one parent's neighbours in id order), so sorting each batch
                // orders the whole type by (from, to) whatever the batch size.
                var query = new NeighbourQuery(ids, relationship.Type, EdgeDirection.Outgoing);
                await foreach (var batch in NeighbourBatches.ReadAsync(store, query, pageSize, cancellationToken).ConfigureAwait(false))
                {
                    var ordered = batch.Select(n => n.Edge)
                        .OrderBy(e => e.FromId, StringComparer.Ordinal).ThenBy(e => e.ToId, StringComparer.Ordinal);
                    foreach (var edge in ordered)
                    {
                        if (written is not null && !IsClosed(edge, written))
                        {
                            leftOut++;
                            continue;
                        }

                        await SeparateAsync(output, relationships++, cancellationToken).ConfigureAwait(false);
                        records.WriteRelationship(relationship, edge);
                    }
                }
            }

            await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        }

        await output.WriteAsync(Closing, cancellationToken).ConfigureAwait(false);
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        return new DumpStats(nodes, relationships, citations, leftOut);
    }

    /// <summary>Whether both ends and every source the relationship names are nodes the dump wrote.</summary>
    private static bool IsClosed(GraphEdge edge, HashSet<string> written) =>
        written.Contains(edge.FromId) && written.Contains(edge.ToId) &&
        (edge.Properties.GetValueOrDefault(CommonProperties.SourceIds) as IEnumerable<string> ?? []).All(written.Contains);

    private static async ValueTask SeparateAsync(Stream output, long written, CancellationToken cancellationToken)
    {
        if (written > 0)
        {
            await output.WriteAsync(Separator, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Every node with no time filter (AsOf null hides nothing), label by label, in pages ordered by id.</summary>
    private static async IAsyncEnumerable<(NodeType Type, IReadOnlyList<GraphNode> Page)> PagesAsync(
        IGraphStore store, GraphModel model, int pageSize, bool withSources, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var type in model.NodeTypes)
        {
            string? after = null;
            while (true)
            {
                var query = new NodeQuery(type.Label) { AfterId = after, Take = pageSize, WithSources = withSources };
                var page = await store.FindNodesAsync(query, cancellationToken).ConfigureAwait(false);
                if (page.Nodes.Count > 0)
                {
                    yield return (type, page.Nodes);
                }

                if (page.Nodes.Count < pageSize)
                {
                    break;
                }

                after = page.Nodes[^1].Id;
            }
        }
    }
}
