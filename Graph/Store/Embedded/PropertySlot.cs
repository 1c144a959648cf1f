using GraphServer.Model;

namespace GraphServer.Store.Embedded;

/// <summary>One declared property to look for in a stored JSON object: its position in the declared list, kind and UTF-8 name.</summary>
internal sealed record PropertySlot(int Index, PropertyKind Kind, byte[] Utf8Name);
