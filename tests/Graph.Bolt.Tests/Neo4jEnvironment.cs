namespace GraphServer.Bolt.Tests;

/// <summary>
/// The one place tests learn whether a real Neo4j is available. Without NEO4J_URI they skip, unless REQUIRE_NEO4J=1
/// (CI), where a missing server must fail loudly rather than pass silently.
/// </summary>
internal static class Neo4jEnvironment
{
    public const string SkipReason = "NEO4J_URI is not set";

    public static Uri RequireUri()
    {
        var uri = Environment.GetEnvironmentVariable("NEO4J_URI");
        if (string.IsNullOrEmpty(uri))
        {
            if (Environment.GetEnvironmentVariable("REQUIRE_NEO4J") == "1")
            {
                Assert.Fail("REQUIRE_NEO4J=1 but NEO4J_URI is not set: the Neo4j tests cannot run.");
            }

            Skip.If(true, SkipReason);
        }

        return new Uri(uri!);
    }

    public static BoltAuth Auth() =>
        BoltAuth.Basic(Environment.GetEnvironmentVariable("NEO4J_USER") ?? "neo4j",
            Environment.GetEnvironmentVariable("NEO4J_PASSWORD") ?? "graphserver");

    public static BoltDriver CreateDriver(BoltDriverOptions? options = null) => BoltDriver.Create(RequireUri(), Auth(), options);
}
