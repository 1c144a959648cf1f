namespace GraphServer.Bolt;

/// <summary>Neo.ClientError.Security.Unauthorized: wrong credentials. The message never contains them.</summary>
public sealed class AuthenticationException : ClientException
{
    public AuthenticationException()
    {
    }

    public AuthenticationException(string message)
        : base(message)
    {
    }

    public AuthenticationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public AuthenticationException(string code, string message, Exception? innerException = null)
        : base(code, message, innerException)
    {
    }
}
