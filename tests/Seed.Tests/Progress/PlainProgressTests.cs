using GraphServer.Seed.Progress;
using GraphServer.Seed.Tests.Support;

namespace GraphServer.Seed.Tests.Progress;

public sealed class PlainProgressTests
{
    [Fact]
    public void Writes_a_line_per_stage_at_most_one_per_interval_and_the_last_one()
    {
        var clock = new ManualClock();
        using var output = new StringWriter();
        var progress = new PlainProgress(output, clock, TimeSpan.FromSeconds(5));

        progress.Report("Offer", 10, 1_000);
        clock.Advance(TimeSpan.FromSeconds(1));
        progress.Report("Offer", 20, 1_000);
        progress.Report("Fighter", 30, 1_000);
        clock.Advance(TimeSpan.FromSeconds(1));
        progress.Report("Fighter", 40, 1_000);
        clock.Advance(TimeSpan.FromSeconds(5));
        progress.Report("Fighter", 500, 1_000);
        progress.Report("Fighter", 1_000, 1_000);
        progress.Report("checking nodes", 5_000, 0);

        Assert.Equal(
            ["Offer: 10 of 1,000 (1.0%)", "Fighter: 30 of 1,000 (3.0%)", "Fighter: 500 of 1,000 (50.0%)", "Fighter: 1,000 of 1,000 (100.0%)", "checking nodes: 5,000"],
            output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }
}
