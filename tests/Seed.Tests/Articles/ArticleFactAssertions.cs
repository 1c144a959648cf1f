using System.Text.Json;

namespace GraphServer.Seed.Tests.Articles;

/// <summary>Checks one <see cref="ArticleFact"/> against the seed file and says everything that differs at once.</summary>
internal static class ArticleFactAssertions
{
    public static void AssertInSeed(ArticleFact fact, string articleSourceId)
    {
        var node = SeedJson.Node(fact.Id);
        Assert.True(node is not null, $"{fact.Name}: {fact.Id} is not in the seed");
        var problems = new List<string>();

        foreach (var (name, expected) in fact.ExpectedValues())
        {
            var actual = SeedJson.Value(node.Value, name);
            if (actual != expected)
            {
                problems.Add($"{name} is '{actual}', expected '{expected}'");
            }
        }

        var citations = SeedJson.Citations(node.Value);
        var ofArticle = citations.Where(c => c.Id == articleSourceId).ToList();
        if (ofArticle.Count == 0)
        {
            problems.Add($"does not cite {articleSourceId}");
        }
        else if (!(ofArticle[0].Quote ?? "").Contains(fact.Quote, StringComparison.Ordinal))
        {
            problems.Add($"its quote of {articleSourceId} is '{ofArticle[0].Quote}', which lacks '{fact.Quote}'");
        }

        problems.AddRange(fact.Originals.Where(o => citations.All(c => c.Id != o)).Select(o => $"does not cite the original {o}"));
        problems.AddRange(fact.Links.Select(link => LinkProblem(fact.Id, link, articleSourceId)).OfType<string>());

        Assert.True(problems.Count == 0, $"{fact.Name} ({fact.Id}): {string.Join("; ", problems)}");
    }

    private static string? LinkProblem(string id, string link, string articleSourceId)
    {
        var parts = link.Split(' ', 2);
        var incoming = parts[0].StartsWith("<-", StringComparison.Ordinal);
        var type = parts[0].TrimStart('<', '-');
        var relationship = incoming ? SeedJson.Relationship(type, parts[1], id) : SeedJson.Relationship(type, id, parts[1]);
        if (relationship is not JsonElement found)
        {
            return $"no relationship {link}";
        }

        return SeedJson.Citations(found).Any(c => c.Id == articleSourceId) ? null : $"{link} does not cite {articleSourceId}";
    }
}
