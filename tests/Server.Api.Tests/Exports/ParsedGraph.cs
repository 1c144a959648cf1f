namespace GraphServer.Api.Tests.Exports;

/// <summary>
/// An export file read back, format-independent: attribute values as text by node id, and by edge as
/// <c>from-TYPE-&gt;to</c> (taken from the edge's type attribute, not its id). Lists are joined with '|'.
/// </summary>
internal sealed record ParsedGraph(
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Nodes,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Edges)
{
    public static string EdgeKey(string from, string type, string to) => $"{from}-{type}->{to}";
}
