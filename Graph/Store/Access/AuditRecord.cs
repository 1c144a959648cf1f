namespace GraphServer.Store.Access;

/// <summary>
/// What happened, as the caller of <see cref="IAuditLog.AppendAsync"/> says it: who (and with which role), what kind
/// of access (<c>read-personal</c>, <c>write</c>, <c>import</c>, <c>admin</c>), the operation's name and SHA-256, its
/// variables as JSON with personal values already redacted, and the ids it touched.
/// </summary>
public sealed record AuditRecord(
    string Actor,
    string Role,
    string Kind,
    string? OperationName,
    string? OperationHash,
    string Variables,
    IReadOnlyList<string> TouchedIds);
