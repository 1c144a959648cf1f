using GraphServer.Bolt;
using GraphServer.Tests.Shared;

namespace GraphServer.Api.Tests.EndToEnd;

/// <summary>Empties the test Neo4j so that a server started on it seeds it afresh.</summary>
internal static class Neo4jDatabase
{
    public static async Task ClearAsync()
    {
        await using var driver = BoltDriver.Create(new Uri(Neo4jTestEnvironment.Uri!), BoltAuth.Basic(Neo4jTestEnvironment.User, Neo4jTestEnvironment.Password));
        await driver.ExecuteQueryAsync("MATCH (n) DETACH DELETE n");
    }
}
