using System.Security.Cryptography;
using System.Text.Json;
using GraphServer.Store;
using GraphServer.Store.Access;

namespace GraphServer.Seed.Cli;

/// <summary>
/// An import is a write: it is audited as kind <c>import</c> with the SHA-256 of every file (which pins exactly which
/// records were written) and the counts. Record ids are not listed: the file hashes identify them without copying
/// a large import into the log.
/// </summary>
internal static class ImportAudit
{
    public static async Task RecordAsync(IGraphStore store, Func<string, string?> environment, IReadOnlyList<string> paths,
        long nodes, long edges, CancellationToken cancellationToken)
    {
        var files = new List<object>();
        using var all = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var path in paths)
        {
            var hash = Convert.ToHexStringLower(await SHA256.HashDataAsync(File.OpenRead(path), cancellationToken).ConfigureAwait(false));
            all.AppendData(System.Text.Encoding.UTF8.GetBytes(hash));
            files.Add(new { file = Path.GetFileName(path), sha256 = hash });
        }

        var access = await AccessStores.OpenAsync(store, cancellationToken).ConfigureAwait(false);
        await access.AppendAsync(new AuditRecord(
            AccessSession.Actor(environment), "editor", "import", "import", Convert.ToHexStringLower(all.GetHashAndReset()),
            JsonSerializer.Serialize(new { files, nodes, edges }), []), cancellationToken).ConfigureAwait(false);
    }
}
