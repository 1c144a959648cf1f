namespace GraphServer.Store;

/// <summary>
/// Full-text search over the model's searchable properties. <see cref="Text"/> is split into words (runs of letters
/// and digits; English stop words dropped); a node matches when every word occurs, case-insensitively and after
/// English (Porter) stemming, in one of its searchable properties: "recruitment" finds "recruiters", "russia" finds
/// "Russia's". Operators and punctuation in the text have no meaning, so user input is safe as it is. The stores'
/// tokenizers differ inside words joined by punctuation ("2,000", "a_b"): search such text by its parts with care.
/// </summary>
public sealed record SearchQuery(string Text)
{
    /// <summary>Only nodes with one of these labels; empty for every searchable label.</summary>
    public IReadOnlyList<string> Labels { get; init; } = [];

    public int Take { get; init; } = 20;

    public DateOnly? AsOf { get; init; }
}
