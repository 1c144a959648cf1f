namespace GraphServer.Schema.Mutations;

/// <summary>
/// One typed error of a mutation payload's <c>errors</c> list; <see cref="TypeName"/> picks its GraphQL type. Paths are
/// relative to the mutation's <c>input</c> argument (<c>nodes[3].properties.salaryAmount</c>, <c>sources[0].id</c>).
/// </summary>
public sealed record MutationError(string TypeName, string Message)
{
    public const string SourceRequired = "SourceRequiredError";
    public const string StaleVersion = "StaleVersionError";
    public const string Validation = "ValidationError";
    public const string NotFound = "NotFoundError";
    public const string SourceInUse = "SourceInUseError";

    public static readonly IReadOnlyList<string> TypeNames = [SourceRequired, StaleVersion, Validation, NotFound, SourceInUse];

    public string? Path { get; init; }

    public string? Id { get; init; }

    public long? CurrentVersion { get; init; }

    /// <summary>For <see cref="SourceInUse"/>: the first records still citing the Source (node ids, relationships as from-[TYPE]->to).</summary>
    public IReadOnlyList<string>? CitedBy { get; init; }

    public int? CitedByCount { get; init; }

    public static MutationError SourceMissing(string path, string message) => new(SourceRequired, message) { Path = path };

    public static MutationError Stale(string id, long current) =>
        new(StaleVersion, $"{id} is at version {current}; read it again and repeat the change against that version.")
        {
            Id = id,
            CurrentVersion = current,
        };

    public static MutationError Invalid(string path, string message) => new(Validation, message) { Path = path };

    public static MutationError InUse(GraphServer.Store.Validation.SourceInUse inUse) =>
        new(SourceInUse, $"Source {inUse.SourceId} is still cited by {inUse.CitedByCount} record(s); remove those citations first.")
        {
            Id = inUse.SourceId,
            CitedBy = inUse.CitedBy,
            CitedByCount = inUse.CitedByCount,
        };

    public static MutationError Missing(string id, string what) => new(NotFound, $"No {what} with id {id} is stored.") { Id = id };
}
