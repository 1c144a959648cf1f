namespace GraphServer.Store.Access;

/// <summary>
/// The kinds of a write's two audit entries, shared by the API's mutations and the CLI's import: the attempt, stored
/// before the write starts, and the outcome when the write was refused or broke off (a write that succeeded is audited
/// as its own kind, <c>write</c> or <c>import</c>).
/// </summary>
public static class AuditKinds
{
    public const string WriteAttempt = "write-attempt";
    public const string WriteRefused = "write-refused";
    public const string WriteFailed = "write-failed";
}
