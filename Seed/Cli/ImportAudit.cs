using System.Security.Cryptography;
using System.Text.Json;
using GraphServer.Store;
using GraphServer.Seed.Import;
using GraphServer.Store.Access;

namespace GraphServer.Seed.Cli;

/// <summary>
/// An import is a write, audited in two entries like every write through the API. The attempt (kind
/// <c>write-attempt</c>, the SHA-256 of every file, which pins exactly which records may be written) is stored BEFORE
/// anything is checked or written, so a crash mid-import leaves an attempt without an outcome, never written records
/// without an entry; a run resumed from its checkpoint is a new attempt. The outcome names its attempt's sequence: kind
/// <c>import</c> with the counts written, <c>write-refused</c> when a file had a bad record (nothing was written), or
/// <c>write-failed</c> when the run broke off (its checkpoint resumes it).
/// Record ids are not listed: the file hashes identify them without copying a large import into the log.
/// </summary>
internal sealed class ImportAudit
{

    private readonly IAccessStore _access;
    private readonly string _actor;
    private readonly string _hash;
    private readonly long _attempt;

    private ImportAudit(IAccessStore access, string actor, string hash, long attempt)
    {
        _access = access;
        _actor = actor;
        _hash = hash;
        _attempt = attempt;
    }

    public static async Task<ImportAudit> AttemptAsync(IGraphStore store, Func<string, string?> environment, IReadOnlyList<string> paths,
        CancellationToken cancellationToken)
    {
        var files = new List<object>();
        using var all = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var path in paths)
        {
            await using var file = File.OpenRead(path);
            var hash = Convert.ToHexStringLower(await SHA256.HashDataAsync(file, cancellationToken).ConfigureAwait(false));
            all.AppendData(System.Text.Encoding.UTF8.GetBytes(hash));
            files.Add(new { file = Path.GetFileName(path), sha256 = hash });
        }

        var access = await AccessStores.OpenAsync(store, cancellationToken).ConfigureAwait(false);
        var actor = AccessSession.Actor(environment);
        var allHash = Convert.ToHexStringLower(all.GetHashAndReset());
        var entry = await access.AppendAsync(
            new AuditRecord(actor, "editor", AuditKinds.WriteAttempt, "import", allHash, JsonSerializer.Serialize(new { files }), []),
            cancellationToken).ConfigureAwait(false);
        return new ImportAudit(access, actor, allHash, entry.Sequence);
    }

    /// <summary>The run's outcome; a run that found the import already complete wrote nothing and says so.</summary>
    public Task OutcomeAsync(ImportResult result, CancellationToken cancellationToken)
    {
        var (kind, details) = result.Applied switch
        {
            null => (AuditKinds.WriteRefused, (object)new { attempt = _attempt, problems = result.Check.ProblemCount }),
            { WasAlreadyComplete: true } => ("import", new { attempt = _attempt, nodes = 0L, edges = 0L, alreadyComplete = true }),
            _ => ("import", new { attempt = _attempt, nodes = result.Check.Nodes, edges = result.Check.Edges, alreadyComplete = false }),
        };
        return _access.AppendAsync(new AuditRecord(_actor, "editor", kind, "import", _hash, JsonSerializer.Serialize(details), []),
            cancellationToken);
    }

    public Task FailedAsync(Exception failure, CancellationToken cancellationToken) =>
        _access.AppendAsync(new AuditRecord(_actor, "editor", AuditKinds.WriteFailed, "import", _hash,
            JsonSerializer.Serialize(new { attempt = _attempt, error = failure.GetType().Name }), []), cancellationToken);
}
