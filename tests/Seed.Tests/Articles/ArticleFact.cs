namespace GraphServer.Seed.Tests.Articles;

/// <summary>
/// One fact an article reports, as the seed must hold it: the record, the values it carries, the words of the article
/// its citation quotes, the originals the article names for it, and the relationships that tie it to actors, places and
/// subjects (each of which must cite the article too).
/// </summary>
/// <param name="Name">How the test names the fact.</param>
/// <param name="Id">The node that holds it.</param>
internal sealed record ArticleFact(string Name, string Id)
{
    /// <summary>Expected properties as "name=value; name=value" (numbers as written, lists joined by '|', "name=" for absent).</summary>
    public string Values { get; init; } = "";

    /// <summary>Words the node's citation of the article must contain (verbatim from the article).</summary>
    public string Quote { get; init; } = "";

    /// <summary>Other Source ids the node must cite: the originals the article names for this fact.</summary>
    public IReadOnlyList<string> Originals { get; init; } = [];

    /// <summary>Relationships as "TYPE other-id" (outgoing) or "<-TYPE other-id" (incoming), each citing the article.</summary>
    public IReadOnlyList<string> Links { get; init; } = [];

    public IEnumerable<(string Name, string? Value)> ExpectedValues() => Values
        .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(pair => pair.Split('=', 2))
        .Select(pair => (pair[0], pair[1].Length == 0 ? null : pair[1]));
}
