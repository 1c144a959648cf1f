namespace GraphServer.Store;

/// <summary>
/// A change set expected versions that are no longer stored (someone else wrote in between); nothing was written.
/// <see cref="CurrentVersions"/> names every mismatched id with the version stored now (0: no such node).
/// </summary>
public sealed class StaleVersionException(IReadOnlyDictionary<string, long> currentVersions)
    : Exception(Describe(currentVersions))
{
    public IReadOnlyDictionary<string, long> CurrentVersions { get; } = currentVersions;

    /// <summary>The mismatches between what a writer expected and what is stored, or none.</summary>
    public static IReadOnlyDictionary<string, long> Mismatches(
        IReadOnlyDictionary<string, long> expected, IReadOnlyDictionary<string, long> stored) =>
        expected.Where(e => stored.GetValueOrDefault(e.Key) != e.Value)
            .ToDictionary(e => e.Key, e => stored.GetValueOrDefault(e.Key), StringComparer.Ordinal);

    private static string Describe(IReadOnlyDictionary<string, long> current) =>
        "Stale version: " + string.Join(", ", current.OrderBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => c.Value == 0 ? $"{c.Key} is not stored" : $"{c.Key} is at version {c.Value}")) + "; nothing was written.";
}
