namespace GraphServer.Schema.Mutations;

/// <summary>Limits and costs of the write API (section <c>GraphServer:Mutations</c>); defaults protect a public server.</summary>
public sealed class MutationOptions
{
    public const string Section = "GraphServer:Mutations";

    /// <summary>Rows (nodes plus relationships) one importBatch may carry; more is refused as a whole with a ValidationError.</summary>
    public int MaxImportRows { get; set; } = 1_000;

    /// <summary>Source references one write may carry.</summary>
    public int MaxSourcesPerWrite { get; set; } = 50;

    /// <summary>What one write costs the cost limit, before its rows: a store transaction, a read back and an audit entry.</summary>
    public int WriteCost { get; set; } = 100;

    /// <summary>What each importBatch row adds to <see cref="WriteCost"/>.</summary>
    public int RowCost { get; set; } = 10;
}
