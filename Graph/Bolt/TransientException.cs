namespace GraphServer.Bolt;

/// <summary>
/// Neo.TransientError.*: the same work may succeed if retried (deadlock, leader switch). Managed transactions retry
/// these, except the memory-limit and terminated-transaction codes, where a retry would hit the same wall or undo the
/// user's own termination.
/// </summary>
public sealed class TransientException : Neo4jException
{
    public TransientException()
    {
    }

    public TransientException(string message)
        : base(message)
    {
    }

    public TransientException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public TransientException(string code, string message, Exception? innerException = null)
        : base(code, message, innerException)
    {
    }

    public override bool IsRetryable => !NotRetryableCodes.Contains(Code);

    private static readonly HashSet<string> NotRetryableCodes = new(StringComparer.Ordinal)
    {
        "Neo.TransientError.Transaction.Terminated",
        "Neo.TransientError.Transaction.LockClientStopped",
        "Neo.TransientError.General.MemoryPoolOutOfMemoryError",
        "Neo.TransientError.General.TransactionMemoryLimit",
        "Neo.TransientError.General.OutOfMemoryError",
    };
}
