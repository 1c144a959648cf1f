namespace GraphServer.Bolt;

/// <summary>The server could not be reached, or the connection broke; the message names the address. Retryable.</summary>
public sealed class ServiceUnavailableException : Neo4jException
{
    public ServiceUnavailableException()
    {
    }

    public ServiceUnavailableException(string message)
        : base(message)
    {
    }

    public ServiceUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public override bool IsRetryable => true;
}
