using GraphServer.Bolt.Protocol;

namespace GraphServer.Bolt.Tests.Integration;

/// <summary>The connection layer alone against Neo4j 5.26: negotiation and re-authentication.</summary>
public sealed class ConnectionTests
{
    private static ConnectionSettings Settings(BoltAuth auth) =>
        new(auth, TlsMode.None, null, TimeSpan.FromSeconds(10), "GraphServer.Bolt.Tests/1.0", null);

    private static ServerAddress Address() => ServerAddress.FromUri(Neo4jEnvironment.RequireUri());

    [SkippableFact]
    public async Task Neo4j_5_26_negotiates_the_newest_version_we_offer()
    {
        await using var connection = await BoltConnection.OpenAsync(Address(), Settings(Neo4jEnvironment.Auth()), default);
        Assert.Equal(8, connection.Minor);
        Assert.Equal(ConnectionState.Ready, connection.State);
        Assert.StartsWith("Neo4j/5.26", connection.ServerAgent, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task LOGOFF_then_LOGON_re_authenticates_the_same_connection()
    {
        await using var connection = await BoltConnection.OpenAsync(Address(), Settings(Neo4jEnvironment.Auth()), default);
        connection.Logoff();
        await connection.FlushAsync(default);
        await connection.ExpectSuccessAsync(default);
        Assert.Equal(ConnectionState.Authentication, connection.State);

        connection.Logon(Neo4jEnvironment.Auth());
        connection.Run("RETURN 1 AS x", null, TxOptions.Empty);
        connection.Pull(-1);
        await connection.FlushAsync(default);
        await connection.ExpectSuccessAsync(default);
        await connection.ExpectSuccessAsync(default);
        var record = await connection.ReceiveAsync(default);
        Assert.Equal([1L], record.Fields);
        await connection.ExpectSuccessAsync(default);
        Assert.Equal(ConnectionState.Ready, connection.State);
    }

    [SkippableFact]
    public async Task A_failed_query_leaves_the_connection_Failed_until_RESET()
    {
        await using var connection = await BoltConnection.OpenAsync(Address(), Settings(Neo4jEnvironment.Auth()), default);
        connection.Run("RETURN nope", null, TxOptions.Empty);
        connection.Pull(-1);
        await connection.FlushAsync(default);
        await Assert.ThrowsAsync<ClientException>(async () => await connection.ExpectSuccessAsync(default));
        Assert.Equal(ConnectionState.Failed, connection.State);

        await connection.ResetAsync(default);

        Assert.Equal((ConnectionState.Ready, 0), (connection.State, connection.PendingCount));
    }
}
