namespace GraphServer.Bolt.Protocol;

/// <summary>The URI schemes: bolt (direct) or neo4j (routed), each plain, +s (verified TLS) or +ssc (any certificate).</summary>
internal sealed record UriScheme(bool Routing, TlsMode Tls)
{
    public static UriScheme Parse(Uri uri) => uri.Scheme.ToLowerInvariant() switch
    {
        "bolt" => new(false, TlsMode.None),
        "bolt+s" => new(false, TlsMode.Verify),
        "bolt+ssc" => new(false, TlsMode.TrustAny),
        "neo4j" => new(true, TlsMode.None),
        "neo4j+s" => new(true, TlsMode.Verify),
        "neo4j+ssc" => new(true, TlsMode.TrustAny),
        _ => throw new ArgumentException($"Unsupported URI scheme '{uri.Scheme}'; use bolt, bolt+s, bolt+ssc, neo4j, neo4j+s or neo4j+ssc.",
            nameof(uri)),
    };

    /// <summary>The routing context sent in HELLO and ROUTE: the URI's query parameters plus the address the user asked for.</summary>
    public static IReadOnlyDictionary<string, string> RoutingContext(Uri uri, ServerAddress address)
    {
        var context = new Dictionary<string, string>(StringComparer.Ordinal) { ["address"] = address.ToString() };
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = pair.Split('=', 2);
            context[Uri.UnescapeDataString(parts[0])] = parts.Length > 1 ? Uri.UnescapeDataString(parts[1]) : string.Empty;
        }

        return context;
    }
}
