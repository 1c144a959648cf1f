namespace GraphServer.Seed.Batching;

/// <summary>The content of a <see cref="CheckpointFile"/>.</summary>
internal sealed record Checkpoint(string Job, long Position, long Total, DateTimeOffset UpdatedAt);
