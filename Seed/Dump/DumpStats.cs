namespace GraphServer.Seed.Dump;

/// <summary>What a dump wrote: nodes, relationships (CITES edges are not counted here: they are the nodes' sources) and citations.</summary>
internal sealed record DumpStats(long Nodes, long Relationships, long Citations);
