namespace GraphServer.Store.Validation;

/// <summary>
/// One thing wrong with a change set. <see cref="Item"/> says which record (<c>node 3 (country:KE)</c>, <c>edge 2</c>);
/// <see cref="Index"/> is its position in the change set so an importer can map it back to a file line.
/// </summary>
public sealed record ValidationProblem(bool IsEdge, int Index, string Item, string Field, string Reason)
{
    /// <summary>Set on a refused delete of a Source still cited: the first citing records (see <see cref="SourceInUse"/>).</summary>
    public SourceInUse? InUse { get; init; }

    public override string ToString() => $"{Item}: {Field}: {Reason}";
}
