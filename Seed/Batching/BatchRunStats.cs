namespace GraphServer.Seed.Batching;

/// <summary>What a run did. <see cref="ApplyTime"/> is time inside the store (validation and write); the rest of
/// <see cref="Elapsed"/> went into building batches and checkpoints.</summary>
internal sealed record BatchRunStats(long ResumedFrom, long Total, int Batches, long Nodes, long Edges, TimeSpan Elapsed, TimeSpan ApplyTime)
{
    public bool WasAlreadyComplete => ResumedFrom >= Total && Batches == 0;
}
