using System.Runtime.InteropServices;
using GraphServer.Bolt.PackStream;

namespace GraphServer.Bolt.Protocol;

/// <summary>One small method per request message; each appends to the output buffer and awaits its summary later.</summary>
internal sealed partial class BoltConnection
{
    private static readonly string Platform = RuntimeInformation.OSDescription;
    private static readonly string Language = $".NET/{Environment.Version}";

    /// <summary>HELLO 0x01 (extra). Bolt 5.0 carries the credentials here; 5.3+ must name the bolt_agent.</summary>
    public void Hello(ConnectionSettings settings)
    {
        var count = 1 + (Minor >= 3 ? 1 : 0) + (settings.RoutingContext is null ? 0 : 1) + (Minor == 0 ? settings.Auth.TokenEntryCount : 0);
        var w = Start(MessageTag.Hello, 1);
        w.WriteMapHeader(count);
        w.WriteString("user_agent");
        w.WriteString(settings.UserAgent);
        if (Minor >= 3)
        {
            w.WriteString("bolt_agent");
            w.WriteMapHeader(3);
            w.WriteString("product");
            w.WriteString(settings.UserAgent);
            w.WriteString("platform");
            w.WriteString(Platform);
            w.WriteString("language");
            w.WriteString(Language);
        }

        if (settings.RoutingContext is { } routing)
        {
            w.WriteString("routing");
            WriteStringMap(w, routing);
        }

        if (Minor == 0)
        {
            settings.Auth.WriteTokenEntries((k, v) => { w.WriteString(k); w.WriteString(v); });
        }

        End(MessageTag.Hello);
    }

    /// <summary>LOGON 0x6A (auth) — Bolt 5.1+.</summary>
    public void Logon(BoltAuth auth)
    {
        var w = Start(MessageTag.Logon, 1);
        w.WriteMapHeader(auth.TokenEntryCount);
        auth.WriteTokenEntries((k, v) => { w.WriteString(k); w.WriteString(v); });
        End(MessageTag.Logon);
    }

    /// <summary>LOGOFF 0x6B — Bolt 5.1+.</summary>
    public void Logoff()
    {
        Start(MessageTag.Logoff, 0);
        End(MessageTag.Logoff);
    }

    /// <summary>RUN 0x10 (query, parameters, extra). <paramref name="autoCommit"/> is null inside an explicit transaction.</summary>
    public void Run(string query, IReadOnlyDictionary<string, object?>? parameters, TxOptions? autoCommit)
    {
        var w = Start(MessageTag.Run, 3);
        try
        {
            w.WriteString(query);
            if (parameters is null)
            {
                w.WriteMapHeader(0);
            }
            else
            {
                w.WriteMap(parameters);
            }

            WriteTxExtra(w, autoCommit ?? TxOptions.Empty);
        }
        catch
        {
            // A parameter that cannot be encoded must not leave half a message in the buffer.
            _writer.AbandonMessage();
            throw;
        }

        End(MessageTag.Run);
    }

    /// <summary>PULL 0x3F {n, qid}: ask for n more records (-1 for all); qid -1 means the last query.</summary>
    public void Pull(long n, long qid = -1) => WriteStreamRequest(MessageTag.Pull, n, qid);

    /// <summary>DISCARD 0x2F {n, qid}: drop the rest of a stream.</summary>
    public void Discard(long n, long qid = -1) => WriteStreamRequest(MessageTag.Discard, n, qid);

    /// <summary>BEGIN 0x11 (extra).</summary>
    public void Begin(TxOptions options)
    {
        var w = Start(MessageTag.Begin, 1);
        WriteTxExtra(w, options);
        End(MessageTag.Begin);
    }

    /// <summary>COMMIT 0x12.</summary>
    public void Commit()
    {
        Start(MessageTag.Commit, 0);
        End(MessageTag.Commit);
    }

    /// <summary>ROLLBACK 0x13.</summary>
    public void Rollback()
    {
        Start(MessageTag.Rollback, 0);
        End(MessageTag.Rollback);
    }

    /// <summary>RESET 0x0F: abandon any stream or transaction and clear a failure.</summary>
    public void Reset()
    {
        Start(MessageTag.Reset, 0);
        End(MessageTag.Reset);
    }

    /// <summary>GOODBYE 0x02: no response; the server closes the socket.</summary>
    public void Goodbye()
    {
        Start(MessageTag.Goodbye, 0);
        _writer.EndMessage();
    }

    /// <summary>ROUTE 0x66 (routing context, bookmarks, extra {db}).</summary>
    public void Route(IReadOnlyDictionary<string, string> context, IReadOnlyCollection<string> bookmarks, string? database)
    {
        var w = Start(MessageTag.Route, 3);
        WriteStringMap(w, context);
        w.WriteStringList(bookmarks);
        w.WriteMapHeader(database is null ? 0 : 1);
        if (database is not null)
        {
            w.WriteString("db");
            w.WriteString(database);
        }

        End(MessageTag.Route);
    }

    private PackStreamWriter Start(byte tag, int fields)
    {
        ThrowIfDefunct();
        return _writer.BeginMessage(tag, fields);
    }

    private void End(byte tag)
    {
        _writer.EndMessage();
        _pending.Enqueue(tag);
    }

    private void WriteStreamRequest(byte tag, long n, long qid)
    {
        var w = Start(tag, 1);
        w.WriteMapHeader(qid == -1 ? 1 : 2);
        w.WriteString("n");
        w.WriteInt(n);
        if (qid != -1)
        {
            w.WriteString("qid");
            w.WriteInt(qid);
        }

        End(tag);
    }

    private static void WriteTxExtra(PackStreamWriter w, TxOptions options)
    {
        var count = (options.Bookmarks.Count > 0 ? 1 : 0) + (options.Timeout is null ? 0 : 1)
            + (options.Metadata is { Count: > 0 } ? 1 : 0) + (options.Mode == AccessMode.Read ? 1 : 0) + (options.Database is null ? 0 : 1);
        w.WriteMapHeader(count);
        if (options.Bookmarks.Count > 0)
        {
            w.WriteString("bookmarks");
            w.WriteStringList(options.Bookmarks);
        }

        if (options.Timeout is { } timeout)
        {
            w.WriteString("tx_timeout");
            // Round up: a sub-millisecond timeout must not become 0, which the server reads as "no timeout".
            w.WriteInt(Math.Max(1, (long)Math.Ceiling(timeout.TotalMilliseconds)));
        }

        if (options.Metadata is { Count: > 0 } metadata)
        {
            w.WriteString("tx_metadata");
            w.WriteMap(metadata);
        }

        if (options.Mode == AccessMode.Read)
        {
            w.WriteString("mode");
            w.WriteString("r");
        }

        if (options.Database is { } database)
        {
            w.WriteString("db");
            w.WriteString(database);
        }
    }

    private static void WriteStringMap(PackStreamWriter w, IReadOnlyDictionary<string, string> map)
    {
        w.WriteMapHeader(map.Count);
        foreach (var (key, value) in map)
        {
            w.WriteString(key);
            w.WriteString(value);
        }
    }
}
