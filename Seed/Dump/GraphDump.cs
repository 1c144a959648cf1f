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
/// </summary>
internal static class GraphDump
{
    private static readonly byte[] Opening = Encoding.UTF8.GetBytes("{\"nodes\": [\n");
    private static readonly byte[] Between = Encoding.UTF8.GetBytes("\n], \"relationships\": [\n");
    private static readonly byte[] Closing = Encoding.UTF8.GetBytes("\n]}\n");
    private static readonly byte[] Separator = Encoding.UTF8.GetBytes(",\n");

    public static async Task<DumpStats> WriteAsync(
        IGraphStore store, GraphModel model, Stream output, int pageSize, CancellationToken cancellationToken)
    {
        using var records = new DumpRecordWriter(output);
        long nodes = 0, relationships = 0, citations = 0;
        await output.WriteAsync(Opening, cancellationToken).ConfigureAwait(false);
        await foreach (var (type, page) in PagesAsync(store, model, pageSize, withSources: true, cancellationToken).ConfigureAwait(false))
        {
            foreach (var node in page)
            {
                await SeparateAsync(output, nodes++, cancellationToken).ConfigureAwait(false);
                records.WriteNode(type, node);
                citations += node.Sources?.Count ?? 0;
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
                        await SeparateAsync(output, relationships++, cancellationToken).ConfigureAwait(false);
                        records.WriteRelationship(relationship, edge);
                    }
                }
            }

            await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        }

        await output.WriteAsync(Closing, cancellationToken).ConfigureAwait(false);
        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        return new DumpStats(nodes, relationships, citations);
    }

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
