using GraphServer.Api.Observability;
using GraphServer.Api.Tests.EndToEnd;
using GraphServer.Api.Tests.Http;
using GraphServer.Tests.Shared;

namespace GraphServer.Api.Tests.Observability;

/// <summary>Operation names make metric series; any client can invent names, so only the first few keep their own.</summary>
[Collection(Neo4jCollection.Name)]
public sealed class OperationNameSeriesTests
{
    [Fact]
    public void The_first_names_keep_their_series_and_later_new_ones_share_other()
    {
        var series = new OperationNameSeries(2);

        Assert.Equal(
            ["First", "Second", "other", "First", "anonymous", "Second", "other"],
            new[] { "First", "Second", "Third", "First", "anonymous", "Second", "Fourth" }.Select(series.For));
    }

    [Theory]
    [InlineData("has space")]
    [InlineData("9starts_with_a_digit")]
    [InlineData("")]
    [InlineData("other")]
    [InlineData("ä")]
    public void A_name_that_is_not_a_graphql_name_counts_as_other_and_takes_no_slot(string name)
    {
        var series = new OperationNameSeries(1);

        Assert.Equal(["other", "Kept"], new[] { name, "Kept" }.Select(series.For));
    }

    [Fact]
    public void A_name_longer_than_100_characters_counts_as_other() =>
        Assert.Equal("other", new OperationNameSeries(10).For(new string('A', 101)));

    [Fact]
    public async Task Racing_requests_with_new_names_never_keep_more_than_the_limit()
    {
        var series = new OperationNameSeries(10);
        var names = Enumerable.Range(0, 400).Select(i => $"Op{i % 40}").ToList();

        var answers = await Task.WhenAll(names.Select(n => Task.Run(() => (Name: n, Series: series.For(n)))));

        var kept = answers.Where(a => a.Series != "other").Select(a => a.Name).Distinct().ToList();
        Assert.Equal(10, kept.Count);
        Assert.All(answers, a => Assert.True(a.Series == "other" || kept.Contains(a.Name)));
        Assert.All(answers.Where(a => kept.Contains(a.Name)), a => Assert.Equal(a.Name, a.Series));
    }

    [Fact]
    public async Task The_scrape_holds_the_first_names_and_counts_a_later_new_name_under_other()
    {
        await using var factory = new GraphServerFactory(GraphServerFactory.Embedded(("GraphServer:Http:MaxOperationNameSeries", "2")));
        using var client = factory.CreateClient();
        foreach (var name in new[] { "BoundedSeriesFirst", "BoundedSeriesSecond", "BoundedSeriesThird", "BoundedSeriesFirst" })
        {
            var (answer, body) = await GraphQLClient.PostAsync(client, $"query {name} {{ countries(first: 1) {{ nodes {{ id }} }} }}");
            Assert.True(200 == (int)answer.StatusCode, body.ToJsonString());
        }

        using var scrape = await client.GetAsync(new Uri("/metrics", UriKind.Relative));
        var counts = (await scrape.Content.ReadAsStringAsync()).Split('\n')
            .Where(l => l.StartsWith("graphserver_graphql_operation_duration_seconds_count{", StringComparison.Ordinal))
            .ToList();

        Assert.EndsWith(" 2", Count(counts, "BoundedSeriesFirst"), StringComparison.Ordinal);
        Assert.EndsWith(" 1", Count(counts, "BoundedSeriesSecond"), StringComparison.Ordinal);
        Assert.DoesNotContain(counts, l => l.Contains("BoundedSeriesThird", StringComparison.Ordinal));
        // Other servers of this test run record into the same process-wide meter, but none of them runs out of names.
        Assert.EndsWith(" 1", Count(counts, "other"), StringComparison.Ordinal);
    }

    private static string Count(IEnumerable<string> lines, string operation) =>
        Assert.Single(lines, l => l.Contains($"graphql_operation_name=\"{operation}\"", StringComparison.Ordinal)
            && l.Contains("graphql_executed=\"true\"", StringComparison.Ordinal)).Split(" # ")[0].TrimEnd();
}
