using System.Diagnostics;
using OpenTelemetry;

namespace GraphServer.Api.Tests.Observability;

/// <summary>
/// Keeps finished spans for a test. Spans end on the server's threads while the test reads them (and the span listener
/// is process-wide, so other tests' spans arrive too): every read takes a copy under the lock. OpenTelemetry's
/// in-memory exporter fills a plain list, which a concurrent copy can catch mid-resize.
/// </summary>
internal sealed class SpanRecorder : BaseExporter<Activity>
{
    private readonly Lock _gate = new();
    private readonly List<Activity> _spans = [];

    public override ExportResult Export(in Batch<Activity> batch)
    {
        lock (_gate)
        {
            foreach (var span in batch)
            {
                _spans.Add(span);
            }
        }

        return ExportResult.Success;
    }

    /// <summary>The spans finished so far, as a copy the caller may enumerate at leisure.</summary>
    public List<Activity> Snapshot()
    {
        lock (_gate)
        {
            return [.. _spans];
        }
    }

    /// <summary>
    /// The spans once one matching <paramref name="expected"/> has finished: the server span of a request can end just
    /// after the client has read the response.
    /// </summary>
    public async Task<List<Activity>> SnapshotOnceAsync(Func<Activity, bool> expected)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (true)
        {
            var spans = Snapshot();
            if (spans.Any(expected) || DateTime.UtcNow > deadline)
            {
                return spans;
            }

            await Task.Delay(20);
        }
    }
}
