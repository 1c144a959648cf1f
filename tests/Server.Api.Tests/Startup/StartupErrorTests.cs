using GraphServer.Tests.Shared;

namespace GraphServer.Api.Tests.Startup;

/// <summary>A wrong setting stops the server at start with one line that says what is wrong and how to fix it.</summary>
public sealed class StartupErrorTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task An_unknown_store_name_is_named_in_one_line_with_the_choices()
    {
        var (exitCode, stderr, stdout) = await ServerProcess.RunAsync(new Dictionary<string, string> { ["GRAPH_STORE"] = "mongo" }, Timeout);

        Assert.Equal(2, exitCode);
        Assert.Equal(
            "GraphServer cannot start: GRAPH_STORE='mongo' is not a store GraphServer knows; use 'embedded' (the default) or 'neo4j'.",
            stderr.Trim());
        Assert.DoesNotContain("   at ", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_neo4j_is_reported_with_its_address()
    {
        var (exitCode, stderr, _) = await ServerProcess.RunAsync(
            new Dictionary<string, string> { ["GRAPH_STORE"] = "neo4j", ["NEO4J_URI"] = "bolt://127.0.0.1:1", ["NEO4J_PASSWORD"] = "whatever1" }, Timeout);

        Assert.Equal(2, exitCode);
        var line = Assert.Single(stderr.Trim().Split('\n'));
        Assert.StartsWith("GraphServer cannot start: Neo4j at bolt://127.0.0.1:1 cannot be reached", line, StringComparison.Ordinal);
        Assert.EndsWith("start Neo4j or correct NEO4J_URI.", line, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_wrong_neo4j_password_names_the_user_and_the_settings_to_fix()
    {
        Neo4jTestEnvironment.SkipIfUnavailable();

        var (exitCode, stderr, _) = await ServerProcess.RunAsync(
            new Dictionary<string, string>
            {
                ["GRAPH_STORE"] = "neo4j",
                ["NEO4J_URI"] = Neo4jTestEnvironment.Uri!,
                ["NEO4J_USER"] = Neo4jTestEnvironment.User,
                ["NEO4J_PASSWORD"] = "not-the-password",
            },
            Timeout);

        Assert.Equal(2, exitCode);
        Assert.Equal(
            $"GraphServer cannot start: Neo4j at {Neo4jTestEnvironment.Uri} refused the credentials of user '{Neo4jTestEnvironment.User}'; " +
            "set NEO4J_USER and NEO4J_PASSWORD to a valid login.",
            stderr.Trim());
    }

    [Fact]
    public async Task Neo4j_without_a_uri_says_which_setting_is_missing()
    {
        var (exitCode, stderr, _) = await ServerProcess.RunAsync(new Dictionary<string, string> { ["GRAPH_STORE"] = "neo4j", ["NEO4J_URI"] = "" }, Timeout);

        Assert.Equal(2, exitCode);
        Assert.StartsWith("GraphServer cannot start: GRAPH_STORE=neo4j needs NEO4J_URI", stderr.Trim(), StringComparison.Ordinal);
    }
}
