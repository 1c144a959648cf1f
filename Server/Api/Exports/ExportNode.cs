using GraphServer.Store;

namespace GraphServer.Api.Exports;

/// <summary>A node as an export writes it: the stored node and the sources that support it.</summary>
internal sealed record ExportNode(GraphNode Node, IReadOnlyList<ExportCitation> Sources);
