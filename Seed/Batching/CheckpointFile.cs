using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace GraphServer.Seed.Batching;

/// <summary>
/// Where a long run stands: a small JSON file naming the job and how many of its items are committed. It is written
/// after each batch commits, by write-then-rename so a crash leaves the old or the new file, never half of one. A crash
/// between a commit and the write only repeats that batch on resume, which the stores' upserts make harmless.
/// </summary>
internal sealed class CheckpointFile
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public CheckpointFile(string path, string job)
    {
        Path = path;
        Job = job;
    }

    public string Path { get; }

    /// <summary>Describes the run (command, parameters, target store); a checkpoint of another job is never resumed.</summary>
    public string Job { get; }

    /// <summary>One file per job in <c>{directory}/seed-progress/</c>, named by a hash of the job description.</summary>
    public static CheckpointFile For(string directory, string command, string job)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(job)))[..16];
        return new CheckpointFile(System.IO.Path.Combine(directory, "seed-progress", $"{command}-{hash}.json"), job);
    }

    /// <summary>Items already committed by an earlier run of the same job; 0 when there is none.</summary>
    public long Load()
    {
        if (!File.Exists(Path))
        {
            return 0;
        }

        var saved = JsonSerializer.Deserialize<Checkpoint>(File.ReadAllText(Path), Json);
        return saved is not null && saved.Job == Job ? saved.Position : 0;
    }

    public void Save(long position, long total)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        var temporary = Path + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(new Checkpoint(Job, position, total, DateTimeOffset.UtcNow), Json));
        File.Move(temporary, Path, overwrite: true);
    }

    public void Delete() => File.Delete(Path);
}
