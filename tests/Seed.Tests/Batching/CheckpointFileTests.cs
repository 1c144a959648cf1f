using GraphServer.Seed.Batching;
using GraphServer.Seed.Tests.Support;

namespace GraphServer.Seed.Tests.Batching;

public sealed class CheckpointFileTests
{
    [Fact]
    public void A_saved_position_is_loaded_by_the_same_job_only()
    {
        using var directory = new TempDirectory();
        var job = CheckpointFile.For(directory.Path, "generate", "generate --nodes 100 --seed 1 into embedded /x");
        job.Save(42, 101);

        var same = CheckpointFile.For(directory.Path, "generate", "generate --nodes 100 --seed 1 into embedded /x");
        var other = CheckpointFile.For(directory.Path, "generate", "generate --nodes 100 --seed 2 into embedded /x");

        Assert.Equal(42, same.Load());
        Assert.Equal(0, other.Load());
        Assert.NotEqual(same.Path, other.Path);
        Assert.StartsWith(Path.Combine(directory.Path, "seed-progress", "generate-"), same.Path);
    }

    [Fact]
    public void Saving_replaces_the_file_whole_and_leaves_no_temporary_file()
    {
        using var directory = new TempDirectory();
        var checkpoint = CheckpointFile.For(directory.Path, "import", "import a.json into embedded /x");

        checkpoint.Save(1, 10);
        checkpoint.Save(7, 10);

        Assert.Equal(7, checkpoint.Load());
        Assert.Equal([checkpoint.Path], Directory.GetFiles(Path.GetDirectoryName(checkpoint.Path)!));
        Assert.Contains("\"Job\": \"import a.json into embedded /x\"", File.ReadAllText(checkpoint.Path));
    }

    [Fact]
    public void Without_a_file_a_run_starts_at_zero()
    {
        using var directory = new TempDirectory();

        Assert.Equal(0, CheckpointFile.For(directory.Path, "generate", "anything").Load());
    }
}
