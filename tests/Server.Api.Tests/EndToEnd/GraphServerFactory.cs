using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GraphServer.Api.Tests.EndToEnd;

/// <summary>
/// The whole server in memory, configured the way a user configures it: through GRAPH_* and NEO4J_* settings (and
/// GraphServer:Http:* limits). Runs as Development unless told otherwise, like `dotnet run`.
/// </summary>
public sealed class GraphServerFactory(IReadOnlyDictionary<string, string?> settings, string environment = "Development")
    : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>Settings for the embedded store in a fresh directory, plus any extra settings.</summary>
    public static Dictionary<string, string?> Embedded(params (string Key, string? Value)[] extra)
    {
        var settings = new Dictionary<string, string?>
        {
            ["GRAPH_STORE"] = "embedded",
            ["GRAPH_DATA_DIR"] = Path.Combine(Path.GetTempPath(), "graphserver-e2e-" + Guid.NewGuid().ToString("N")),
        };
        foreach (var (key, value) in extra)
        {
            settings[key] = value;
        }

        return settings;
    }
}
