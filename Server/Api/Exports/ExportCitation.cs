namespace GraphServer.Api.Exports;

/// <summary>One source behind an exported node or edge: the Source node's id and its title (the id when it has none).</summary>
internal sealed record ExportCitation(string Id, string Title);
