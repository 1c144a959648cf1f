namespace GraphServer.Store;

/// <summary>
/// A node as the stores return it. <see cref="Properties"/> holds every stored property, <c>id</c> included, with values
/// normalised to the model's kinds: string, long, double, bool, <c>IReadOnlyList&lt;string&gt;</c> or null.
/// <see cref="Sources"/> is filled only when the query asked for sources (<c>WithSources</c>), ordered by source id.
/// </summary>
public sealed record GraphNode(string Id, string Label, IReadOnlyDictionary<string, object?> Properties)
{
    public object? this[string property] => Properties.GetValueOrDefault(property);

    public IReadOnlyList<Citation>? Sources { get; init; }
}
