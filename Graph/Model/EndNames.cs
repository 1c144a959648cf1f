namespace GraphServer.Model;

/// <summary>
/// How one end of a relationship type is named when it is declared: the field on the near node, how many relationships
/// of the type one near node may have, and the union name when the far end allows several labels.
/// </summary>
internal sealed record EndNames(string Field, Cardinality Cardinality, string? Union)
{
    public static EndNames Many(string field, string? union = null) => new(field, Cardinality.Many, union);

    public static EndNames One(string field) => new(field, Cardinality.One, null);
}
