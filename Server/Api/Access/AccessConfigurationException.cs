namespace GraphServer.Api.Access;

/// <summary>An auth setting the server cannot start with; Program prints its message as one line and exits 2.</summary>
public sealed class AccessConfigurationException(string message, Exception? inner = null) : Exception(message, inner);
