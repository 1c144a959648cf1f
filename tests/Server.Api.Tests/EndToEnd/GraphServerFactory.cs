using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GraphServer.Api.Tests.EndToEnd;

/// <summary>The whole server in memory, configured the way a user configures it: through GRAPH_* and NEO4J_* settings.</summary>
public sealed class GraphServerFactory(IReadOnlyDictionary<string, string?> settings) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
