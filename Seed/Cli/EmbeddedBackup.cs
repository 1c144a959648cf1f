using GraphServer.Model;
using GraphServer.Store.Embedded;
using Microsoft.Data.Sqlite;

namespace GraphServer.Seed.Cli;

/// <summary>
/// Copies the embedded store's database with SQLite's online backup API: the copy is one consistent snapshot even while
/// the server reads and writes (the API copies every page under one read transaction of the source).
/// </summary>
internal static class EmbeddedBackup
{
    public static string DatabasePath(string dataDirectory) => new EmbeddedStore(RecruitmentModel.Instance, dataDirectory).DatabasePath;

    public static async Task CopyAsync(string fromPath, string toPath, CancellationToken cancellationToken)
    {
        await using var source = Open(fromPath, SqliteOpenMode.ReadOnly);
        await using var destination = Open(toPath, SqliteOpenMode.ReadWriteCreate);
        await source.OpenAsync(cancellationToken).ConfigureAwait(false);
        await destination.OpenAsync(cancellationToken).ConfigureAwait(false);
        source.BackupDatabase(destination);
    }

    /// <summary>Null when the file is an intact GraphServer database; otherwise why not.</summary>
    public static async Task<string?> CheckAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            return "the file does not exist";
        }

        try
        {
            await using var connection = Open(path, SqliteOpenMode.ReadOnly);
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA integrity_check";
            if (await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not "ok")
            {
                return "SQLite's integrity check fails on it";
            }

            command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('nodes', 'edges')";
            return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))! == 2
                ? null
                : "it is not a GraphServer database (no nodes and edges tables)";
        }
        catch (SqliteException e)
        {
            return $"SQLite cannot read it ({e.Message})";
        }
    }

    private static SqliteConnection Open(string path, SqliteOpenMode mode) => new(new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = mode,
        Pooling = false,
        DefaultTimeout = 30,
    }.ToString());
}
