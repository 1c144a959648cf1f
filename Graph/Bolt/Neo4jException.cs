namespace GraphServer.Bolt;

/// <summary>
/// Base of every error this client raises. Server errors carry Neo4j's status <see cref="Code"/>
/// (e.g. <c>Neo.ClientError.Statement.SyntaxError</c>) and message unchanged.
/// </summary>
public class Neo4jException : Exception
{
    public Neo4jException()
        : this(string.Empty, "A Neo4j error occurred.")
    {
    }

    public Neo4jException(string message)
        : this(string.Empty, message)
    {
    }

    public Neo4jException(string message, Exception innerException)
        : this(string.Empty, message, innerException)
    {
    }

    public Neo4jException(string code, string message, Exception? innerException = null)
        : base(message, innerException) => Code = code;

    /// <summary>The Neo4j status code, or empty for errors raised on the client side.</summary>
    public string Code { get; }

    /// <summary>The GQL status (Bolt 5.7+), when the server sent one.</summary>
    public string? GqlStatus { get; init; }

    /// <summary>Whether a managed transaction may retry after this error.</summary>
    public virtual bool IsRetryable => false;

    public override string ToString() => Code.Length == 0 ? base.ToString() : $"{Code}: {base.ToString()}";
}
