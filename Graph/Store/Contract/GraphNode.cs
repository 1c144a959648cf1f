namespace GraphServer.Store;

/// <summary>
/// A node as the stores return it. <see cref="Properties"/> holds every stored property, <c>id</c> included, with values
/// normalised to the model's kinds: string, long, double, bool, <c>IReadOnlyList&lt;string&gt;</c> or null.
/// </summary>
public sealed record GraphNode(string Id, string Label, IReadOnlyDictionary<string, object?> Properties)
{
    public object? this[string property] => Properties.GetValueOrDefault(property);
}
