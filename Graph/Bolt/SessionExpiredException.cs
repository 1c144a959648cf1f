namespace GraphServer.Bolt;

/// <summary>A routed server stopped serving its role (e.g. no longer the writer); retryable on a fresh routing table.</summary>
public sealed class SessionExpiredException : Neo4jException
{
    public SessionExpiredException()
    {
    }

    public SessionExpiredException(string message)
        : base(message)
    {
    }

    public SessionExpiredException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public SessionExpiredException(string code, string message, Exception? innerException = null)
        : base(code, message, innerException)
    {
    }

    public override bool IsRetryable => true;
}
