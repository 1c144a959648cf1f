using GraphServer.Store;

namespace GraphServer.Seed.Batching;

/// <summary>
/// One change set of a long run and where the run stands once it is committed: <see cref="End"/> items of the run's
/// total are then done. The checkpoint records <see cref="End"/>; a resumed run starts from it.
/// </summary>
internal sealed record PositionedBatch(long End, string Stage, ChangeSet Changes);
