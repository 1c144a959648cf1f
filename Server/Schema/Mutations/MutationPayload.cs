namespace GraphServer.Schema.Mutations;

/// <summary>
/// What every mutation field resolves to: its result (null when refused), the typed errors, and for the audit log the
/// kind of write and the ids it touched. Access control (Server/Api/Access) audits a payload without errors.
/// </summary>
public sealed class MutationPayload
{
    public const string WriteKind = "write";
    public const string ImportKind = "import";

    public object? Result { get; init; }

    public IReadOnlyList<MutationError> Errors { get; init; } = [];

    public IReadOnlyList<string> TouchedIds { get; init; } = [];

    public string AuditKind { get; init; } = WriteKind;

    public bool Succeeded => Errors.Count == 0;

    public static MutationPayload Refused(IReadOnlyList<MutationError> errors) => new() { Errors = errors };

    public static MutationPayload Refused(MutationError error) => new() { Errors = [error] };
}
