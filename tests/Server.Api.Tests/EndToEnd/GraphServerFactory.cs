using GraphServer.Tests.Shared;
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

    /// <summary>Settings for the test Neo4j named by NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD.</summary>
    public static Dictionary<string, string?> Neo4j() => new()
    {
        ["GRAPH_STORE"] = "neo4j",
        ["NEO4J_URI"] = Neo4jTestEnvironment.Uri,
        ["NEO4J_USER"] = Neo4jTestEnvironment.User,
        ["NEO4J_PASSWORD"] = Neo4jTestEnvironment.Password,
    };

    /// <summary>Starts a server with these settings, posts each query in turn (each must answer 200), returns the bodies.</summary>
    public static async Task<System.Text.Json.Nodes.JsonArray> RunAllAsync(IReadOnlyDictionary<string, string?> settings, params string[] queries)
    {
        await using var factory = new GraphServerFactory(settings);
        using var client = factory.CreateClient();
        var answers = new System.Text.Json.Nodes.JsonArray();
        foreach (var query in queries)
        {
            var (response, body) = await GraphQLClient.PostAsync(client, query);
            Assert.True(response.StatusCode == System.Net.HttpStatusCode.OK, $"{response.StatusCode}: {body.ToJsonString()}");
            answers.Add(body);
        }

        return answers;
    }
}
