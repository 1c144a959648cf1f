namespace GraphServer.Seed.Dump;

/// <summary>What a dump wrote: nodes, relationships (CITES edges not among them: they are the nodes' sources), citations.</summary>
internal sealed record DumpStats(long Nodes, long Relationships, long Citations);
