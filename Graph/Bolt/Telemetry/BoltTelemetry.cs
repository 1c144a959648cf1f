using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace GraphServer.Bolt.Telemetry;

/// <summary>
/// What the Bolt client reports to OpenTelemetry (or any ActivityListener / MeterListener): a span per statement,
/// named and tagged by its Cypher text, which is always a template because values travel as parameters; parameter
/// values are never recorded. And the connection pool's use.
/// </summary>
public static class BoltTelemetry
{
    public const string Name = "GraphServer.Bolt";

    public static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);

    private static readonly UpDownCounter<int> InUse = Meter.CreateUpDownCounter<int>(
        "graphserver.bolt.pool.connections.in_use", "{connection}", "Connections lent out of the Bolt pool");

    private static readonly Histogram<double> AcquireWait = Meter.CreateHistogram<double>(
        "graphserver.bolt.pool.acquire.duration", "s", "Time spent waiting for a pooled Bolt connection",
        tags: null,
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.0001, 0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5, 10, 60] });

    /// <summary>A span for one statement: its first line names it, the whole template is <c>db.query.text</c>.</summary>
    public static Activity? StartStatement(string cypher)
    {
        if (!Source.HasListeners())
        {
            return null;
        }

        var activity = Source.StartActivity("neo4j " + Summary(cypher), ActivityKind.Client);
        activity?.SetTag("db.system.name", "neo4j");
        activity?.SetTag("db.query.text", cypher);
        return activity;
    }

    internal static void Acquired(TimeSpan waited)
    {
        InUse.Add(1);
        AcquireWait.Record(waited.TotalSeconds);
    }

    internal static void Released() => InUse.Add(-1);

    private static string Summary(string cypher)
    {
        var line = cypher.AsSpan().TrimStart();
        var end = line.IndexOfAny('\n', '\r');
        var first = (end < 0 ? line : line[..end]).Trim();
        return first.Length <= 60 ? first.ToString() : string.Concat(first[..60], "…");
    }
}
