using System.Text.Json.Nodes;
using GraphServer.Model;
using GraphServer.Tests.Shared;
using static GraphServer.Api.Tests.EndToEnd.SeedExpectations;

namespace GraphServer.Api.Tests.EndToEnd;

/// <summary>
/// Each founding article (../shared/sources) answered through the API: one query returns every fact the seed records from
/// it, each with the article among its sources and the quoted passage, and the article's own record lists them as what it
/// supports. Expectations come from the seed file, so a fact that loses its source on the way to the API fails here.
/// </summary>
[Collection(Neo4jCollection.Name)]
public sealed class ArticleFactsQueryTests
{
    private static readonly string[] ArticleIds =
    [
        "source:express-2025-11-foreign-pows-18000",
        "source:united24-2025-11-25-foreign-pows-double",
    ];

    public static TheoryData<string> Articles => [.. ArticleIds];

    [Theory]
    [MemberData(nameof(Articles))]
    public async Task Every_fact_of_the_article_comes_with_the_article_and_its_quote_in_one_query(string article)
    {
        var facts = Facts(article);
        Assert.True(facts.Count >= 10, $"the seed should hold the article's facts; found {facts.Count}");

        var body = (await GraphServerFactory.RunAllAsync(GraphServerFactory.Embedded(), Query(article, facts.Keys)))[0]!;

        Assert.True(body["errors"] is null, body.ToJsonString());
        var answered = body["data"]!["nodes"]!.AsArray();
        Assert.Equal(facts.Count, answered.Count);
        foreach (var node in answered)
        {
            var id = node!["id"]!.GetValue<string>();
            var citation = node["sources"]!.AsArray().SingleOrDefault(s => s!["id"]!.GetValue<string>() == article);
            Assert.True(citation is not null, $"{id} does not cite {article} through the API");
            Assert.Equal(facts[id], citation!["quote"]?.GetValue<string>());
        }

        var supports = body["data"]!["source"]!["supports"]!;
        Assert.Equal(facts.Count, supports["totalCount"]!.GetValue<int>());
        Assert.Equal(facts.Keys.Order(StringComparer.Ordinal), supports["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()).Order(StringComparer.Ordinal));
    }

    [SkippableFact]
    public async Task Neo4j_answers_the_articles_as_the_embedded_store_does()
    {
        Neo4jTestEnvironment.SkipIfUnavailable();
        using var exclusive = await Neo4jDatabaseLock.AcquireAsync(TimeSpan.FromMinutes(5));
        await Neo4jDatabase.ClearAsync();
        var queries = ArticleIds.Select(a => Query(a, Facts(a).Keys)).ToArray();

        var embedded = await GraphServerFactory.RunAllAsync(GraphServerFactory.Embedded(), queries);
        var neo4j = await GraphServerFactory.RunAllAsync(GraphServerFactory.Neo4j(), queries);

        Assert.All(neo4j, answer => Assert.True(answer!["errors"] is null, answer.ToJsonString()));
        Assert.Equal(embedded.ToJsonString(), neo4j.ToJsonString());
    }

    /// <summary>The seed's nodes that cite the article, with the quote of that citation.</summary>
    private static Dictionary<string, string?> Facts(string article) => Edges(RecruitmentModel.Instance.Citation!.Type)
        .Where(e => e.ToId == article)
        .ToDictionary(e => e.FromId, e => e.Properties.GetValueOrDefault("quote") as string, StringComparer.Ordinal);

    private static string Query(string article, IEnumerable<string> ids)
    {
        var labels = RecruitmentModel.Instance.NodeTypes.Where(t => t.Label != RecruitmentModel.Instance.SourceLabel);
        var fragments = string.Join(' ', labels.Select(t => $"... on {t.Label} {{ sources {{ id quote }} }}"));
        var list = string.Join(", ", ids.Order(StringComparer.Ordinal).Select(id => JsonValue.Create(id).ToJsonString()));
        return $$"""
            { nodes(ids: [{{list}}]) { id {{fragments}} }
              source(id: "{{article}}") { supports(first: 200) { totalCount nodes { id } } } }
            """;
    }
}
