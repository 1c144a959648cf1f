namespace GraphServer.Store;

/// <summary>
/// A relationship <c>(FromId)-[:Type]-&gt;(ToId)</c>; at most one of each type between two nodes. <see cref="Properties"/>
/// always carries the relationship's own model properties (<c>role</c>, <c>quote</c>, <c>confidence</c>, <c>validFrom</c>,
/// <c>validTo</c>) and its provenance lists <c>sourceIds</c>/<c>quotes</c>. <see cref="Sources"/> is filled only when the
/// query asked for sources, in the order of <c>sourceIds</c>.
/// </summary>
public sealed record GraphEdge(string Type, string FromId, string ToId, IReadOnlyDictionary<string, object?> Properties)
{
    public IReadOnlyList<Citation>? Sources { get; init; }
}
