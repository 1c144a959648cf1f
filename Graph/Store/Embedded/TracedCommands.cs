using Microsoft.Data.Sqlite;

namespace GraphServer.Store.Embedded;

/// <summary>
/// The embedded store runs every statement through these, so each is a span (see <see cref="SqliteTelemetry"/>). A span
/// times the statement up to its first row, which is where SQLite sorts, groups and counts; rows read after that count
/// under the enclosing store call's span. On a connection the store keeps open the statement runs prepared
/// (<see cref="PreparedStatements"/>): the caller's command only carries its text and parameters.
/// </summary>
internal static class TracedCommands
{
    public static async Task<SqliteDataReader> ExecuteTracedReaderAsync(this SqliteCommand command, CancellationToken cancellationToken)
    {
        using var span = SqliteTelemetry.StartStatement(command.CommandText);
        if (PreparedStatements.Of(command) is not { } statements)
        {
            return await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        }

        var prepared = statements.Lend(command);
        try
        {
            var reader = await prepared.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            statements.ReturnAfter(prepared, reader);
            return reader;
        }
        catch
        {
            statements.Return(prepared);
            throw;
        }
    }

    public static async Task<object?> ExecuteTracedScalarAsync(this SqliteCommand command, CancellationToken cancellationToken)
    {
        using var span = SqliteTelemetry.StartStatement(command.CommandText);
        if (PreparedStatements.Of(command) is not { } statements)
        {
            return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        }

        var prepared = statements.Lend(command);
        try
        {
            return await prepared.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            statements.Return(prepared);
        }
    }

    public static async Task<int> ExecuteTracedNonQueryAsync(this SqliteCommand command, CancellationToken cancellationToken)
    {
        using var span = SqliteTelemetry.StartStatement(command.CommandText);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
