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

    public static readonly IReadOnlyList<string> TypeNames = [SourceRequired, StaleVersion, Validation, NotFound];

    public string? Path { get; init; }

    public string? Id { get; init; }

    public long? CurrentVersion { get; init; }

    public static MutationError SourceMissing(string path, string message) => new(SourceRequired, message) { Path = path };

    public static MutationError Stale(string id, long current) =>
        new(StaleVersion, $"{id} is at version {current}; read it again and repeat the change against that version.")
        {
            Id = id,
            CurrentVersion = current,
        };

    public static MutationError Invalid(string path, string message) => new(Validation, message) { Path = path };

    public static MutationError Missing(string id, string what) => new(NotFound, $"No {what} with id {id} is stored.") { Id = id };
}
