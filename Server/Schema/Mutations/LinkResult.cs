using GraphServer.Store;

namespace GraphServer.Schema.Mutations;

/// <summary>The relationship a link or unlink wrote, with both ends as stored after the write.</summary>
internal sealed record LinkResult(string Type, GraphNode? From, GraphNode? To);
