using System.Globalization;

namespace GraphServer.Bolt.Protocol;

/// <summary>A host and port, as in URIs and routing tables ("host:port", "[::1]:7687").</summary>
internal sealed record ServerAddress(string Host, int Port)
{
    public const int DefaultPort = 7687;

    public static ServerAddress Parse(string text)
    {
        var colon = text.LastIndexOf(':');
        if (colon < 0 || text.EndsWith(']'))
        {
            return new(text.Trim('[', ']'), DefaultPort);
        }

        return new(text[..colon].Trim('[', ']'), int.Parse(text.AsSpan(colon + 1), CultureInfo.InvariantCulture));
    }

    public static ServerAddress FromUri(Uri uri) => new(uri.Host.Trim('[', ']'), uri.IsDefaultPort || uri.Port < 0 ? DefaultPort : uri.Port);

    public override string ToString() => Host.Contains(':', StringComparison.Ordinal) ? $"[{Host}]:{Port}" : $"{Host}:{Port}";
}
