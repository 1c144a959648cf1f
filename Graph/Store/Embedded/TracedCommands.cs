using Microsoft.Data.Sqlite;

namespace GraphServer.Store.Embedded;

/// <summary>
/// The embedded store runs every statement through these, so each is a span (see <see cref="SqliteTelemetry"/>). A span
/// times the statement up to its first row, which is where SQLite sorts, groups and counts; rows read after that count
/// under the enclosing store call's span.
/// </summary>
internal static class TracedCommands
{
    public static async Task<SqliteDataReader> ExecuteTracedReaderAsync(this SqliteCommand command, CancellationToken cancellationToken)
    {
        using var span = SqliteTelemetry.StartStatement(command.CommandText);
        return await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
    }

    public static async Task<object?> ExecuteTracedScalarAsync(this SqliteCommand command, CancellationToken cancellationToken)
    {
        using var span = SqliteTelemetry.StartStatement(command.CommandText);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
    }

    public static async Task<int> ExecuteTracedNonQueryAsync(this SqliteCommand command, CancellationToken cancellationToken)
    {
        using var span = SqliteTelemetry.StartStatement(command.CommandText);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
