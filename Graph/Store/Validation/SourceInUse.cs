namespace GraphServer.Store.Validation;

/// <summary>
/// Why a Source may not be deleted: stored records still cite it. <see cref="CitedBy"/> holds the first
/// <see cref="MaxListed"/> of them, ordered: a citing node by its id, a citing relationship as
/// <c>from-[TYPE]->to</c>; <see cref="CitedByCount"/> counts them all.
/// </summary>
public sealed record SourceInUse(string SourceId, IReadOnlyList<string> CitedBy, int CitedByCount)
{
    public const int MaxListed = 20;

    /// <summary>How a citation is named in <see cref="CitedBy"/>.</summary>
    public static string Name(StoredCitation citation, string citationType) =>
        citation.By.Type == citationType ? citation.By.FromId : $"{citation.By.FromId}-[{citation.By.Type}]->{citation.By.ToId}";
}
