using System.Globalization;

namespace GraphServer.Seed.Progress;

/// <summary>
/// Progress for logs (CI, redirected output): one line when a stage starts, then at most one per interval, and one
/// when the run is complete, so a long run neither floods the log nor looks hung.
/// </summary>
internal sealed class PlainProgress(TextWriter output, TimeProvider clock, TimeSpan interval) : IProgressSink
{
    private string? _stage;
    private long _lastLine = long.MinValue;

    public void Report(string stage, long done, long total)
    {
        var now = clock.GetTimestamp();
        var due = _lastLine == long.MinValue || clock.GetElapsedTime(_lastLine, now) >= interval;
        if (stage == _stage && !due && (total == 0 || done < total))
        {
            return;
        }

        _stage = stage;
        _lastLine = now;
        // A total of 0 means not known yet (the validation pass counts as it reads).
        output.WriteLine(total == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{stage}: {done:N0}")
            : string.Create(CultureInfo.InvariantCulture, $"{stage}: {done:N0} of {total:N0} ({100.0 * done / total:F1}%)"));
    }
}
