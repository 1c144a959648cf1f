using GraphServer.Tests.Shared;

namespace GraphServer.Bolt.Tests;

/// <summary>Drivers for the real Neo4j named by the shared <see cref="Neo4jTestEnvironment"/> (skip or fail rules live there).</summary>
internal static class Neo4jEnvironment
{
    public static Uri RequireUri()
    {
        Neo4jTestEnvironment.SkipIfUnavailable();
        return new Uri(Neo4jTestEnvironment.Uri!);
    }

    public static BoltAuth Auth() => BoltAuth.Basic(Neo4jTestEnvironment.User, Neo4jTestEnvironment.Password);

    public static BoltDriver CreateDriver(BoltDriverOptions? options = null) => BoltDriver.Create(RequireUri(), Auth(), options);
}
