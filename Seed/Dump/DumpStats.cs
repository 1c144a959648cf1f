namespace GraphServer.Seed.Dump;

/// <summary>
/// What a dump wrote: nodes, relationships (CITES edges not among them: they are the nodes' sources), citations; and the
/// relationships left out because they name a node committed after its page was read (only where reads are not one instant).
/// </summary>
internal sealed record DumpStats(long Nodes, long Relationships, long Citations, long LeftOut = 0);
