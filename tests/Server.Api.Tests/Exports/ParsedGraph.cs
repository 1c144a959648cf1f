using System.Text.Json;

namespace GraphServer.Api.Tests.Exports;

/// <summary>
/// An export file read back, format-independent: attribute values as text by node id, and by edge as
/// <c>from-TYPE-&gt;to</c> (taken from the edge's type attribute, not its id). A list, whether a JSON array (Cytoscape,
/// graphology) or a list attribute's JSON text (GraphML, GEXF, CSV), is decoded and written again as <see cref="ListText"/>,
/// so the same list compares equal across formats and an item holding any character stays one item.
/// </summary>
internal sealed record ParsedGraph(
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Nodes,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Edges)
{
    public static string EdgeKey(string from, string type, string to) => $"{from}-{type}->{to}";

    /// <summary>The one text the tests compare lists by: System.Text.Json's default array of strings.</summary>
    public static string ListText(IEnumerable<string> items) => JsonSerializer.Serialize(items.ToArray());

    /// <summary>A list attribute's text as a file holds it: must be a JSON array of strings, else the test fails here.</summary>
    public static string DecodeList(string name, string text)
    {
        var items = JsonSerializer.Deserialize<string[]>(text)
            ?? throw new InvalidOperationException($"{name} is JSON null, not an array: {text}");
        return ListText(items);
    }
}
