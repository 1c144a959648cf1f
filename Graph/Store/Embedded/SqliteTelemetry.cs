using System.Diagnostics;

namespace GraphServer.Store.Embedded;

/// <summary>
/// What the embedded store reports to OpenTelemetry (or any ActivityListener), like the Bolt client does for Cypher: a
/// span per SQL statement, named by its first line and tagged with its text, which is always a template because values
/// travel as parameters; parameter values are never recorded.
/// </summary>
public static class SqliteTelemetry
{
    public const string Name = "GraphServer.Store.Sqlite";

    public static readonly ActivitySource Source = new(Name);

    /// <summary>A span for one statement: <c>sqlite</c> and its first line name it, the whole template is <c>db.query.text</c>.</summary>
    internal static Activity? StartStatement(string sql)
    {
        if (!Source.HasListeners())
        {
            return null;
        }

        var activity = Source.StartActivity("sqlite " + Summary(sql), ActivityKind.Client);
        activity?.SetTag("db.system.name", "sqlite");
        activity?.SetTag("db.query.text", sql);
        return activity;
    }

    private static string Summary(string sql)
    {
        var line = sql.AsSpan().TrimStart();
        var end = line.IndexOfAny('\n', '\r');
        var first = (end < 0 ? line : line[..end]).Trim();
        return first.Length <= 60 ? first.ToString() : string.Concat(first[..60], "…");
    }
}
