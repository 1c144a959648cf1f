namespace GraphServer.Bolt.PackStream;

/// <summary>Bolt structure 0x72: a relationship inside a path, whose ends the path supplies.</summary>
internal sealed record UnboundRelationship(long Id, string ElementId, string Type, IReadOnlyDictionary<string, object?> Properties)
{
    public Relationship Bind(Node start, Node end) =>
        new(Id, ElementId, start.Id, start.ElementId, end.Id, end.ElementId, Type, Properties);
}
