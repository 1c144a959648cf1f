using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace GraphServer.Store.Access;

/// <summary>
/// How entries are chained and checked, the same for both stores: an entry's hash is SHA-256 over a canonical JSON
/// array of every field and the previous entry's hash; the first entry follows <see cref="Genesis"/>.
/// </summary>
public static class AuditChain
{
    public static readonly string Genesis = new('0', 64);

    /// <summary>UTC, fixed width, so the text stored is the text hashed on every platform.</summary>
    public static string Timestamp(DateTimeOffset at) =>
        at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    public static AuditEntry Link(long sequence, string at, AuditRecord record, string previousHash) =>
        new(sequence, at, record, previousHash, HashOf(sequence, at, record, previousHash));

    public static string HashOf(long sequence, string at, AuditRecord record, string previousHash)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            json.WriteNumberValue(sequence);
            json.WriteStringValue(at);
            json.WriteStringValue(record.Actor);
            json.WriteStringValue(record.Role);
            json.WriteStringValue(record.Kind);
            json.WriteStringValue(record.OperationName);
            json.WriteStringValue(record.OperationHash);
            json.WriteStringValue(record.Variables);
            json.WriteStartArray();
            foreach (var id in record.TouchedIds)
            {
                json.WriteStringValue(id);
            }

            json.WriteEndArray();
            json.WriteStringValue(previousHash);
            json.WriteEndArray();
        }

        return Convert.ToHexStringLower(SHA256.HashData(buffer.ToArray()));
    }

    /// <summary>
    /// Walks the entries in sequence order: each must be the next number, follow the previous hash, and hash to what it
    /// says; the last must match the head (so removing the newest entries is seen too).
    /// </summary>
    public static AuditVerification Verify(IEnumerable<AuditEntry> ordered, long headSequence, string headHash)
    {
        var previous = Genesis;
        long expected = 1;
        foreach (var entry in ordered)
        {
            if (entry.Sequence != expected)
            {
                return Broken(expected, entry.Sequence > expected ? $"entry {expected} is missing" : $"entry {entry.Sequence} is repeated");
            }

            if (!string.Equals(entry.PreviousHash, previous, StringComparison.Ordinal))
            {
                return Broken(expected, $"entry {expected} does not follow entry {expected - 1} (its previous hash differs)");
            }

            if (!string.Equals(HashOf(entry.Sequence, entry.At, entry.Record, entry.PreviousHash), entry.Hash, StringComparison.Ordinal))
            {
                return Broken(expected, $"entry {expected} was changed (its content no longer matches its hash)");
            }

            previous = entry.Hash;
            expected++;
        }

        var count = expected - 1;
        if (headSequence != count || !string.Equals(headHash, previous, StringComparison.Ordinal))
        {
            return headSequence > count
                ? Broken(count + 1, $"entries {count + 1} to {headSequence} are missing (the head says {headSequence})")
                : Broken(count, $"the head records entry {headSequence}, not the last entry {count}");
        }

        return new AuditVerification(true, count, null, null);
    }

    private static AuditVerification Broken(long sequence, string problem) => new(false, sequence - 1, sequence, problem);
}
