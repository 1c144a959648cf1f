using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;

namespace GraphServer.Store.Embedded;

/// <summary>
/// The prepared statements of one read connection the store keeps open (<see cref="ReadConnections"/>), by SQL text.
/// Microsoft.Data.Sqlite keeps a statement prepared only as long as its command lives, and a request's level statements
/// are large compounds whose preparation cost more CPU than running them (a third of a fighter trace's). Callers build a
/// throwaway command (text and parameters); <see cref="TracedCommands"/> runs it as this connection's command of the same
/// text, prepared once, with the caller's parameters. A command is lent while its reader is open, so two
/// readers of the same text at once get two commands.
/// </summary>
internal sealed class PreparedStatements
{
    /// <summary>Past this many texts the connection forgets them all: a workload whose texts never repeat gains nothing.</summary>
    private const int MaxStatements = 256;

    private static readonly ConditionalWeakTable<SqliteConnection, PreparedStatements> OfConnection = [];

    private readonly SqliteConnection _connection;
    private readonly Dictionary<string, SqliteCommand> _idle = new(StringComparer.Ordinal);
    private readonly List<(SqliteCommand Command, SqliteDataReader Reader)> _lent = [];
    private readonly Lock _gate = new();

    private PreparedStatements(SqliteConnection connection) => _connection = connection;

    /// <summary>Gives <paramref name="connection"/> a statement cache (it must stay open while the store keeps it).</summary>
    public static void Attach(SqliteConnection connection) => OfConnection.AddOrUpdate(connection, new PreparedStatements(connection));

    /// <summary>Finalises the connection's statements (before it closes).</summary>
    public static void Detach(SqliteConnection connection)
    {
        if (OfConnection.TryGetValue(connection, out var cache))
        {
            cache.Clear();
            OfConnection.Remove(connection);
        }
    }

    /// <summary>The cache of the connection <paramref name="command"/> runs on; null for connections the store does not keep.</summary>
    public static PreparedStatements? Of(SqliteCommand command) =>
        command.Connection is { } connection && OfConnection.TryGetValue(connection, out var cache) ? cache : null;

    /// <summary>The prepared command for <paramref name="template"/>'s text, with its transaction and parameters.</summary>
    public SqliteCommand Lend(SqliteCommand template)
    {
        SqliteCommand? command;
        lock (_gate)
        {
            Reclaim();
            if (_idle.Remove(template.CommandText, out command))
            {
                command.Parameters.Clear();
            }
        }

        if (command is null)
        {
            command = _connection.CreateCommand();
            command.CommandText = template.CommandText;
        }

        command.Transaction = template.Transaction;
        // Shared, not moved: a caller may run its command again with more parameters (a page after its count).
        foreach (SqliteParameter parameter in template.Parameters)
        {
            command.Parameters.Add(parameter);
        }

        return command;
    }

    /// <summary>The command comes back when <paramref name="reader"/> is closed.</summary>
    public void ReturnAfter(SqliteCommand command, SqliteDataReader reader)
    {
        lock (_gate)
        {
            _lent.Add((command, reader));
        }
    }

    /// <summary>The command is free again (its scalar or non-query has run, or it failed).</summary>
    public void Return(SqliteCommand command)
    {
        lock (_gate)
        {
            Keep(command);
        }
    }

    private void Clear()
    {
        lock (_gate)
        {
            foreach (var command in _idle.Values)
            {
                command.Dispose();
            }

            _idle.Clear();
            foreach (var (command, _) in _lent)
            {
                command.Dispose();
            }

            _lent.Clear();
        }
    }

    private void Reclaim()
    {
        for (var index = _lent.Count - 1; index >= 0; index--)
        {
            if (_lent[index].Reader.IsClosed)
            {
                Keep(_lent[index].Command);
                _lent.RemoveAt(index);
            }
        }
    }

    private void Keep(SqliteCommand command)
    {
        command.Transaction = null;
        if (_idle.Count >= MaxStatements)
        {
            foreach (var old in _idle.Values)
            {
                old.Dispose();
            }

            _idle.Clear();
        }

        if (!_idle.TryAdd(command.CommandText, command))
        {
            command.Dispose();
        }
    }
}
