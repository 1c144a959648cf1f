using GraphServer.Store;

namespace GraphServer.Schema.Paging;

/// <summary>An edge of a relationship connection: its cursor, the relationship instance and the node at its far end.</summary>
internal sealed record RelationshipEdge(string Cursor, Neighbour Row);
