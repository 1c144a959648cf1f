namespace GraphServer.Bolt;

/// <summary>Credentials sent in LOGON (HELLO on Bolt 5.0). <see cref="ToString"/> never shows the secret.</summary>
public sealed record BoltAuth
{
    private BoltAuth(string scheme, string? principal, string? credentials)
    {
        Scheme = scheme;
        Principal = principal;
        Credentials = credentials;
    }

    public static BoltAuth None { get; } = new("none", null, null);

    public string Scheme { get; }

    public string? Principal { get; }

    internal string? Credentials { get; }

    public static BoltAuth Basic(string user, string password)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(password);
        return new("basic", user, password);
    }

    public static BoltAuth Bearer(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return new("bearer", null, token);
    }

    public override string ToString() =>
        Principal is null ? $"BoltAuth {{ Scheme = {Scheme} }}" : $"BoltAuth {{ Scheme = {Scheme}, Principal = {Principal}, Credentials = *** }}";

    /// <summary>The auth token map of the Bolt spec.</summary>
    internal void WriteTokenEntries(Action<string, string> write)
    {
        write("scheme", Scheme);
        if (Principal is not null)
        {
            write("principal", Principal);
        }

        if (Credentials is not null)
        {
            write("credentials", Credentials);
        }
    }

    internal int TokenEntryCount => 1 + (Principal is null ? 0 : 1) + (Credentials is null ? 0 : 1);
}
