using System.Runtime.CompilerServices;
using GraphServer.Model;
using GraphServer.Store;
using GraphServer.Store.Querying;

namespace GraphServer.Api.Exports;

/// <summary>
/// The whole graph (as of a day) read from the store a page at a time, for /export/{format}/all: nodes label by label in
/// keyset pages (sources in the same calls), then, page by page again, the outgoing relationships of each page's nodes
/// per relationship type that starts at that label, in batches of at most a page of relationships however skewed the
/// degrees (<see cref="NeighbourBatches"/>). Memory holds one page, whatever the size of the graph.
/// </summary>
internal sealed class WholeGraphExport(IGraphStore store, GraphModel model, ExportEvidence evidence, DateOnly? asOf, int pageSize)
{
    public async IAsyncEnumerable<ExportNode> NodesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var page in PagesAsync(cancellationToken))
        {
            foreach (var node in await evidence.NodesAsync(page.Nodes, cancellationToken))
            {
                yield return node;
            }
        }
    }

    public async IAsyncEnumerable<ExportEdge> EdgesAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var page in PagesAsync(cancellationToken))
        {
            var ids = page.Nodes.Select(n => n.Id).ToList();
            foreach (var relationship in model.RelationshipTypes.Where(r => r.From.Contains(page.Label, StringComparer.Ordinal)))
            {
                // Edge sources come from sourceIds (ExportEvidence, one lookup per batch): asking the store for them would
                // also fill every far node's sources, which the edge list never shows.
                var query = new NeighbourQuery(ids, relationship.Type, EdgeDirection.Outgoing) { AsOf = asOf };
                await foreach (var batch in NeighbourBatches.ReadAsync(store, query, pageSize, cancellationToken))
                {
                    foreach (var edge in await evidence.EdgesAsync([.. batch.Select(n => n.Edge)], cancellationToken))
                    {
                        yield return edge;
                    }
                }
            }
        }
    }

    private async IAsyncEnumerable<(string Label, IReadOnlyList<GraphNode> Nodes)> PagesAsync(
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var label in model.NodeTypes.Select(n => n.Label))
        {
            string? after = null;
            while (true)
            {
                var query = new NodeQuery(label) { AfterId = after, Take = pageSize, AsOf = asOf, WithSources = true };
                var page = await store.FindNodesAsync(query, cancellationToken);
                if (page.Nodes.Count == 0)
                {
                    break;
                }

                yield return (label, page.Nodes);
                if (page.Nodes.Count < pageSize)
                {
                    break;
                }

                after = page.Nodes[^1].Id;
            }
        }
    }
}
