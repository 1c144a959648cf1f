namespace GraphServer.Bolt;

/// <summary>The bytes on the wire broke the Bolt or PackStream rules; the connection is closed.</summary>
public sealed class ProtocolException : Neo4jException
{
    public ProtocolException()
    {
    }

    public ProtocolException(string message)
        : base(message)
    {
    }

    public ProtocolException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
