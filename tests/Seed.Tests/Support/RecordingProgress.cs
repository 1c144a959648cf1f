using GraphServer.Seed.Progress;

namespace GraphServer.Seed.Tests.Support;

/// <summary>Keeps every report; optionally cancels a run once it reaches a position, simulating an interruption.</summary>
internal sealed class RecordingProgress(CancellationTokenSource? cancelAt = null, long position = long.MaxValue) : IProgressSink
{
    public List<(string Stage, long Done, long Total)> Reports { get; } = [];

    public void Report(string stage, long done, long total)
    {
        Reports.Add((stage, done, total));
        if (done >= position && total > 0)
        {
            cancelAt?.Cancel();
        }
    }
}
