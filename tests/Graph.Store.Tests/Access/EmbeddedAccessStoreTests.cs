using GraphServer.Store.Access;
using Microsoft.Data.Sqlite;

namespace GraphServer.Store.Tests.Access;

public sealed class EmbeddedAccessStoreTests : AccessStoreContractTests
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "graphserver-access-" + Guid.NewGuid().ToString("N") + ".db");

    protected override async Task<IAccessStore> OpenEmptyAsync()
    {
        var store = new EmbeddedAccessStore(_path);
        await store.InitializeAsync();
        return store;
    }

    protected override Task EditActorAsync(long sequence, string actor) =>
        ExecuteAsync("UPDATE audit_log SET actor = $value WHERE sequence = $sequence", sequence, actor);

    protected override Task DeleteEntryAsync(long sequence) =>
        ExecuteAsync("DELETE FROM audit_log WHERE sequence = $sequence", sequence, null);

    protected override async Task<string> RawKeyRowsAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={_path}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id || ' ' || name || ' ' || role || ' ' || hash FROM api_keys";
        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }

        return string.Join('\n', rows);
    }

    public override Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
        {
            File.Delete(_path + suffix);
        }

        return Task.CompletedTask;
    }

    private async Task ExecuteAsync(string sql, long sequence, string? value)
    {
        await using var connection = new SqliteConnection($"Data Source={_path}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$sequence", sequence);
        command.Parameters.AddWithValue("$value", (object?)value ?? DBNull.Value);
        await command.ExecuteNonQueryAsync();
    }
}
