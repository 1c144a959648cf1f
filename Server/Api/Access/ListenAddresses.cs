using System.Net;

namespace GraphServer.Api.Access;

/// <summary>
/// Where the server will listen, read from the same settings Kestrel reads (<c>urls</c>, i.e. --urls and
/// ASPNETCORE_URLS; <c>http_ports</c>/<c>https_ports</c>; <c>Kestrel:Endpoints:*:Url</c>), to decide before it listens
/// whether running without auth is safe: only when every address is loopback.
/// </summary>
internal static class ListenAddresses
{
    public static IReadOnlyList<string> Configured(IConfiguration configuration)
    {
        var addresses = new List<string>();
        addresses.AddRange(Split(configuration["urls"]));
        foreach (var endpoint in configuration.GetSection("Kestrel:Endpoints").GetChildren())
        {
            addresses.AddRange(Split(endpoint["Url"]));
        }

        // Ports alone (ASPNETCORE_HTTP_PORTS) bind every interface.
        foreach (var key in new[] { "http_ports", "https_ports" })
        {
            addresses.AddRange(Split(configuration[key]).Select(port => $"http://*:{port}"));
        }

        return addresses;
    }

    /// <summary>The first address that is not loopback, or null when all are (or none is configured: the default is loopback).</summary>
    public static string? FirstPublic(IEnumerable<string> addresses) => addresses.FirstOrDefault(a => !IsLoopback(a));

    public static bool IsLoopback(string address)
    {
        // Kestrel's wildcards (*, +, 0.0.0.0, [::]) are not URIs for System.Uri in every form: take the host by hand.
        var scheme = address.IndexOf("://", StringComparison.Ordinal);
        var rest = scheme >= 0 ? address[(scheme + 3)..] : address;
        var host = rest.StartsWith('[') ? rest[..(rest.IndexOf(']') + 1)] : rest.Split(':', '/')[0];
        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return IPAddress.TryParse(host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip);
    }

    private static IEnumerable<string> Split(string? value) =>
        (value ?? string.Empty).Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
