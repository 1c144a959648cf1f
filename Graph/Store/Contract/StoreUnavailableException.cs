using System.Net.Sockets;
using GraphServer.Bolt;
using Microsoft.Data.Sqlite;

namespace GraphServer.Store;

/// <summary>
/// The store cannot be reached or cannot serve now (Neo4j stopped or restarting, the network gone, the database file
/// unreadable). Not the caller's mistake and not a bug: the same request may succeed in a few seconds. The server
/// answers it as <c>STORE_UNAVAILABLE</c> and reports itself unready meanwhile.
/// </summary>
public sealed class StoreUnavailableException : Exception
{
    public StoreUnavailableException()
        : this("The graph store is unavailable.")
    {
    }

    public StoreUnavailableException(string message)
        : base(message)
    {
    }

    public StoreUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Whether a failure of a store call means "unavailable" rather than a bad request or a bug.</summary>
    public static bool IsUnavailable(Exception error) => error switch
    {
        StoreUnavailableException or ServiceUnavailableException or SessionExpiredException => true,
        SocketException or IOException or TimeoutException => true,
        // SQLITE_IOERR, SQLITE_CANTOPEN, SQLITE_FULL: the disk under the embedded store, not the request.
        SqliteException { SqliteErrorCode: 10 or 13 or 14 } => true,
        AggregateException aggregate => aggregate.InnerExceptions.Any(IsUnavailable),
        _ => error.InnerException is { } inner && IsUnavailable(inner),
    };
}
