namespace GraphServer.Tests.Shared;

/// <summary>
/// Where the tests find Neo4j: NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD. Without NEO4J_URI a Neo4j test reports itself
/// skipped, unless REQUIRE_NEO4J=1 (set by .ci/run), in which case it fails loudly: CI must never pass by skipping.
/// </summary>
internal static class Neo4jTestEnvironment
{
    public const string SkipReason = "NEO4J_URI is not set";

    public static string? Uri => Environment.GetEnvironmentVariable("NEO4J_URI") is { Length: > 0 } uri ? uri : null;

    public static string User => Environment.GetEnvironmentVariable("NEO4J_USER") is { Length: > 0 } user ? user : "neo4j";

    public static string Password => Environment.GetEnvironmentVariable("NEO4J_PASSWORD") ?? string.Empty;

    public static bool Required => Environment.GetEnvironmentVariable("REQUIRE_NEO4J") == "1";

    /// <summary>Call first in every test that needs Neo4j.</summary>
    public static void SkipIfUnavailable()
    {
        if (Uri is not null)
        {
            return;
        }

        if (Required)
        {
            throw new InvalidOperationException("REQUIRE_NEO4J=1 but NEO4J_URI is not set: this test needs the real Neo4j.");
        }

        Skip.If(true, SkipReason);
    }
}
