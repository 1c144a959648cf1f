using GraphServer.Seed.Batching;

namespace GraphServer.Seed.Import;

/// <summary>An import's outcome: rejected with its problems (nothing written), or applied with the run's figures.</summary>
internal sealed record ImportResult(ImportCheck Check, BatchRunStats? Applied)
{
    public bool Succeeded => Applied is not null;
}
