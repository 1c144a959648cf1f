using System.Diagnostics;
using GraphServer.Store.Embedded;

namespace GraphServer.Store.Tests.Embedded;

/// <summary>
/// The SQL statements one piece of test code runs on the embedded store, from the store's spans: only those under this
/// recorder's own root activity count, so tests running at the same time in other classes never add to them. The
/// per-connection settings (PRAGMA) are not statements of the read.
/// </summary>
internal sealed class StatementSpans : IDisposable
{
    private readonly List<Activity> _spans = [];
    private readonly ActivityListener _listener;
    private readonly Activity _root;

    public StatementSpans()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is SqliteTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = span =>
            {
                lock (_spans)
                {
                    _spans.Add(span);
                }
            },
        };
        ActivitySource.AddActivityListener(_listener);
        // A plain activity (no source, so no sampling decision): the store's spans started under it share its trace id.
        _root = new Activity("statements under test").Start();
    }

    /// <summary>The text of every statement run so far under the root span, in the order they ended.</summary>
    public IReadOnlyList<string> Texts
    {
        get
        {
            lock (_spans)
            {
                return [.. _spans.Where(s => s.Source.Name == SqliteTelemetry.Name && s.TraceId == _root.TraceId)
                    .Select(s => (string)s.GetTagItem("db.query.text")!)
                    .Where(text => !text.StartsWith("PRAGMA", StringComparison.Ordinal))];
            }
        }
    }

    public void Dispose()
    {
        _root.Dispose();
        _listener.Dispose();
    }
}
