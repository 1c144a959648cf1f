using GraphServer.Store;

namespace GraphServer.Api.Exports;

/// <summary>A relationship as an export writes it: the stored edge and the sources that support it.</summary>
internal sealed record ExportEdge(GraphEdge Edge, IReadOnlyList<ExportCitation> Sources);
