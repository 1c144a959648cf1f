namespace GraphServer.Api.Exports;

/// <summary>
/// What one export file holds, as streams: the writers take nodes and edges as they come, so a graph read from the store
/// page by page never sits in memory whole. <see cref="Cut"/> is known before the first node is written, because the
/// XML formats declare it at the top of the file.
/// </summary>
internal sealed record ExportGraph(string Description, ExportCut? Cut, IAsyncEnumerable<ExportNode> Nodes, IAsyncEnumerable<ExportEdge> Edges)
{
    public bool Truncated => Cut is not null;
}
