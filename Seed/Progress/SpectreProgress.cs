using Spectre.Console;

namespace GraphServer.Seed.Progress;

/// <summary>Progress on a terminal: one Spectre.Console bar whose label is the current stage.</summary>
internal sealed class SpectreProgress(ProgressTask task) : IProgressSink
{
    public void Report(string stage, long done, long total)
    {
        task.Description = Markup.Escape(stage);
        task.IsIndeterminate = total == 0; // not known yet: the validation pass counts as it reads
        task.MaxValue = Math.Max(1, total);
        task.Value = Math.Min(done, task.MaxValue);
    }
}
