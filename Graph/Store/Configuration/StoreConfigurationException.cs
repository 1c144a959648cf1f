namespace GraphServer.Store.Configuration;

/// <summary>A setting that keeps the store from opening; the message says what is wrong and how to fix it, in one line.</summary>
public sealed class StoreConfigurationException : Exception
{
    public StoreConfigurationException()
    {
    }

    public StoreConfigurationException(string message)
        : base(message)
    {
    }

    public StoreConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
