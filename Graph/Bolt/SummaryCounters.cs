namespace GraphServer.Bolt;

/// <summary>What a query changed, from the "stats" entry of the final SUCCESS.</summary>
public sealed class SummaryCounters(IReadOnlyDictionary<string, object?> stats)
{
    public int NodesCreated => Get("nodes-created");

    public int NodesDeleted => Get("nodes-deleted");

    public int RelationshipsCreated => Get("relationships-created");

    public int RelationshipsDeleted => Get("relationships-deleted");

    public int PropertiesSet => Get("properties-set");

    public int LabelsAdded => Get("labels-added");

    public int LabelsRemoved => Get("labels-removed");

    public int IndexesAdded => Get("indexes-added");

    public int IndexesRemoved => Get("indexes-removed");

    public int ConstraintsAdded => Get("constraints-added");

    public int ConstraintsRemoved => Get("constraints-removed");

    public bool ContainsUpdates => stats.GetValueOrDefault("contains-updates") is true || stats.Any(s => s.Value is long and > 0);

    /// <summary>All counters as sent, including ones this type has no property for.</summary>
    public IReadOnlyDictionary<string, object?> Raw => stats;

    private int Get(string name) => stats.GetValueOrDefault(name) is long value ? (int)value : 0;
}
