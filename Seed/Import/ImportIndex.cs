using GraphServer.Store;

namespace GraphServer.Seed.Import;

/// <summary>
/// What the validation pass has seen across all files: every node id with its label and first line (endpoints may be
/// defined in another file or further down), and every relationship key as a 64-bit hash with its first line, which
/// keeps a million relationships to a few tens of megabytes.
/// </summary>
internal sealed class ImportIndex
{
    private readonly Dictionary<string, (string Label, RecordAt At)> _nodes = new(StringComparer.Ordinal);
    private readonly Dictionary<ulong, RecordAt> _edges = [];
    private readonly Dictionary<string, string> _labels = new(StringComparer.Ordinal);

    public long NodeCount => _nodes.Count;

    public long EdgeCount => _edges.Count;

    /// <summary>Adds the node, or returns where the same id was first seen.</summary>
    public RecordAt? AddNode(GraphNode node, RecordAt at)
    {
        // One string instance per label, not one per row.
        var label = _labels.TryGetValue(node.Label, out var shared) ? shared : _labels[node.Label] = node.Label;
        return _nodes.TryAdd(node.Id, (label, at)) ? null : _nodes[node.Id].At;
    }

    /// <summary>Where the node with this id was first seen in the import.</summary>
    public RecordAt? FirstAt(string id) => _nodes.TryGetValue(id, out var entry) ? entry.At : null;

    public string? LabelOf(string id) => _nodes.TryGetValue(id, out var entry) ? entry.Label : null;

    /// <summary>Adds the relationship key (type, from, to), or returns where it was first seen.</summary>
    public RecordAt? AddEdge(GraphEdge edge, RecordAt at)
    {
        var key = Hash(edge.Type, edge.FromId, edge.ToId);
        return _edges.TryAdd(key, at) ? null : _edges[key];
    }

    /// <summary>FNV-1a over the three parts with separators; stable across runs, unlike string.GetHashCode.</summary>
    private static ulong Hash(string type, string from, string to)
    {
        var hash = 14695981039346656037UL;
        foreach (var part in (ReadOnlySpan<string>)[type, from, to])
        {
            foreach (var c in part)
            {
                hash = (hash ^ c) * 1099511628211UL;
            }

            hash = (hash ^ 0xFFFF) * 1099511628211UL;
        }

        return hash;
    }
}
