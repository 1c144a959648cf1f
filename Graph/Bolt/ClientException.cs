namespace GraphServer.Bolt;

/// <summary>Neo.ClientError.*: the request was wrong (syntax, constraint, type error); retrying cannot help.</summary>
public class ClientException : Neo4jException
{
    public ClientException()
    {
    }

    public ClientException(string message)
        : base(message)
    {
    }

    public ClientException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ClientException(string code, string message, Exception? innerException = null)
        : base(code, message, innerException)
    {
    }
}
