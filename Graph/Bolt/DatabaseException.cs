namespace GraphServer.Bolt;

/// <summary>Neo.DatabaseError.*: the server failed; the transaction is not retried.</summary>
public class DatabaseException : Neo4jException
{
    public DatabaseException()
    {
    }

    public DatabaseException(string message)
        : base(message)
    {
    }

    public DatabaseException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public DatabaseException(string code, string message, Exception? innerException = null)
        : base(code, message, innerException)
    {
    }
}
