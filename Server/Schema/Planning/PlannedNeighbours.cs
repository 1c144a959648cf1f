using GraphServer.Store;

namespace GraphServer.Schema.Planning;

/// <summary>
/// What a relationship field's resolver would ask the store for one parent: its rows query and the key its DataLoader
/// batches under, and the count query (for <c>totalCount</c>) with its key. The plan pre-fills answers under these
/// keys, so a resolver finds exactly the answer it would have loaded. <see cref="CountOnly"/>: the field's selection
/// needs no rows (<see cref="CountOnlySelection"/>), so its resolver asks only for the count.
/// </summary>
internal sealed record PlannedNeighbours(NeighbourQuery Rows, string RowsKey, NeighbourQuery Counted, string CountKey)
{
    public bool CountOnly { get; init; }
}
