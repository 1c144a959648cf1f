using GraphServer.Model;
using GraphServer.Seed.Batching;
using GraphServer.Seed.Import;
using GraphServer.Seed.Loading;
using GraphServer.Seed.Tests.Support;
using GraphServer.Store;
using GraphServer.Store.Configuration;
using GraphServer.Tests.Shared;

namespace GraphServer.Seed.Tests.Import;

/// <summary>Imports into a seeded store: bad rows are named exactly and nothing is written; good ones upsert.</summary>
public sealed class ImportJobTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    [Fact]
    public Task One_bad_row_is_reported_with_line_field_and_reason_and_nothing_is_written_on_the_embedded_store() =>
        OneBadRowChangesNothingAsync(TestStores.Embedded(_directory.Path));

    [SkippableFact]
    public async Task One_bad_row_is_reported_with_line_field_and_reason_and_nothing_is_written_on_neo4j()
    {
        Neo4jTestEnvironment.SkipIfUnavailable();
        using var exclusive = await Neo4jDatabaseLock.AcquireAsync(TimeSpan.FromMinutes(5));
        await TestStores.EmptyNeo4jAsync();
        await OneBadRowChangesNothingAsync(TestStores.Neo4j(_directory.Path));
    }

    [Fact]
    public Task A_reimport_creates_no_duplicates_on_the_embedded_store() => ReimportChangesNothingAsync(TestStores.Embedded(_directory.Path));

    [SkippableFact]
    public async Task A_reimport_creates_no_duplicates_on_neo4j()
    {
        Neo4jTestEnvironment.SkipIfUnavailable();
        using var exclusive = await Neo4jDatabaseLock.AcquireAsync(TimeSpan.FromMinutes(5));
        await TestStores.EmptyNeo4jAsync();
        await ReimportChangesNothingAsync(TestStores.Neo4j(_directory.Path));
    }

    [Fact]
    public Task A_row_without_sources_is_reported_under_sources_and_nothing_is_written_on_the_embedded_store() =>
        RowsWithoutSourcesChangeNothingAsync(TestStores.Embedded(_directory.Path));

    [SkippableFact]
    public async Task A_row_without_sources_is_reported_under_sources_and_nothing_is_written_on_neo4j()
    {
        Neo4jTestEnvironment.SkipIfUnavailable();
        using var exclusive = await Neo4jDatabaseLock.AcquireAsync(TimeSpan.FromMinutes(5));
        await TestStores.EmptyNeo4jAsync();
        await RowsWithoutSourcesChangeNothingAsync(TestStores.Neo4j(_directory.Path));
    }

    [Fact]
    public async Task Every_bad_row_of_every_file_is_reported_in_file_and_line_order()
    {
        var json = _directory.File("bad.json", ImportFixtures.Json(recruiterKind: "smuggler"));
        var csv = _directory.File("bad.csv", ImportFixtures.Csv(unitKind: "storm", deployedRole: "sapper")
            + "\nrelationship,,,SERVED_IN,fighter:test-b,unit:missing,,source:test-csv,,,,,,,\n");

        var result = await ImportAsync(TestStores.Embedded(_directory.Path), json, csv);

        Assert.Equal(
        [
            $"{json}:4: kind: 'smuggler' is not one of agency, influencer, intermediary, enlistment_office",
            $"{csv}:3: kind: 'storm' is not one of assault, regular, pmc, volunteer",
            $"{csv}:7: role: is not a declared property",
            $"{csv}:8: to: node 'unit:missing' does not exist",
        ], result.Check.Problems.Select(p => p.ToString()));
        Assert.Null(result.Applied);
    }

    [Fact]
    public async Task An_id_given_twice_is_reported_at_the_second_line_naming_the_first()
    {
        var json = _directory.File("twice.json", ImportFixtures.Json().Replace("\"offer:test-a\", \"promisedRole\"", "\"recruiter:test-a\", \"promisedRole\"", StringComparison.Ordinal));

        var result = await ImportAsync(TestStores.Embedded(_directory.Path), json);

        Assert.Contains($"{json}:5: id: 'recruiter:test-a' appears twice in the import; first at {json}:4", result.Check.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public async Task A_node_stored_with_another_label_is_reported()
    {
        var csv = _directory.File(
            "relabel.csv",
            "record,label,id,name,kind,synthetic,sources\nnode,Organization,country:KE,Kenya,government,true,source:cnn-2025-11-deception-bribery-foreigners\n");

        var result = await ImportAsync(TestStores.Embedded(_directory.Path), csv);

        Assert.Equal($"{csv}:2: label: 'country:KE' is stored as a Country; a node keeps its label", Assert.Single(result.Check.Problems).ToString());
    }

    [Fact]
    public async Task Relationships_may_name_nodes_of_another_file_or_of_the_store()
    {
        var settings = TestStores.Embedded(_directory.Path);
        var csv = _directory.File("more.csv", ImportFixtures.Csv()
            + "\nrelationship,,,ANSWERED,fighter:test-b,offer:test-a,,source:test-csv,,,,,,,\nrelationship,,,CITIZEN_OF,fighter:test-b,country:KE,,source:test-csv,,,,,,,\n");
        var json = _directory.File("good.json", ImportFixtures.Json());

        var result = await ImportAsync(settings, csv, json);

        Assert.True(result.Succeeded, string.Join("\n", result.Check.Problems));
        await using var store = await TestStores.OpenAsync(settings);
        var answered = await store.GetNeighboursAsync(new NeighbourQuery(["offer:test-a"], "ANSWERED", EdgeDirection.Incoming));
        Assert.Equal(["fighter:test-a", "fighter:test-b"], answered.Select(n => n.Node.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task An_import_interrupted_after_a_batch_resumes_where_it_stopped_and_ends_like_an_uninterrupted_one()
    {
        var settings = TestStores.Embedded(_directory.Path);
        var csv = _directory.File("good.csv", ImportFixtures.Csv());
        var json = _directory.File("good.json", ImportFixtures.Json());
        var seeded = await SeededCountsAsync(settings);
        using var cancel = new CancellationTokenSource();

        // Batches of 2: the cancel after the third commit stops the run with 6 of 13 records written: both Sources, then
        // two pairs of citing nodes, each node written with its one CITES edge.
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ImportAsync(settings, Checkpoint(settings, csv, json), [csv, json], new RecordingProgress(cancel, 6), cancel.Token));
        var partial = await CountsAsync(settings);
        var resumed = await ImportAsync(settings, csv, json);

        Assert.Equal((seeded.Nodes + 6, seeded.Edges + 4), partial);
        Assert.Equal((6L, 13L), (resumed.Applied!.ResumedFrom, resumed.Applied.Total));
        Assert.Equal((2L, 7L), (resumed.Applied.Nodes, resumed.Applied.Edges)); // 2 CITES of the last nodes, 5 relationships
        Assert.Equal((seeded.Nodes + 8, seeded.Edges + 11), await CountsAsync(settings));
    }

    public void Dispose() => _directory.Dispose();

    private async Task OneBadRowChangesNothingAsync(StoreSettings settings)
    {
        var good = _directory.File("good.csv", ImportFixtures.Csv());
        var bad = _directory.File("bad.json", ImportFixtures.Json(recruiterKind: "smuggler"));
        var before = await SeededCountsAsync(settings);

        var result = await ImportAsync(settings, good, bad);

        var problem = Assert.Single(result.Check.Problems);
        Assert.Equal(new ImportProblem(bad, 4, "kind", "'smuggler' is not one of agency, influencer, intermediary, enlistment_office"), problem);
        Assert.False(result.Succeeded);
        Assert.Equal(before, await CountsAsync(settings));
        await using var store = await TestStores.OpenAsync(settings);
        Assert.Empty(await store.GetNodesAsync(["unit:test-b", "offer:test-a", "source:test-import"]));
    }

    /// <summary>A node without sources (JSON line 4), one citing a Source nowhere to be found (CSV line 4), a link without sources (CSV line 7).</summary>
    private async Task RowsWithoutSourcesChangeNothingAsync(StoreSettings settings)
    {
        var json = _directory.File("unsourced.json", ImportFixtures.Json().Replace(
            "\"kind\": \"agency\", \"synthetic\": true, \"sources\": [{\"id\": \"source:test-import\"}]", "\"kind\": \"agency\", \"synthetic\": true",
            StringComparison.Ordinal));
        var csv = _directory.File("unsourced.csv", ImportFixtures.Csv()
            .Replace("location:test-b,,,,true,source:test-csv", "location:test-b,,,,true,source:missing", StringComparison.Ordinal)
            .Replace($"location:test-b,,source:test-csv|{ImportFixtures.Source},", "location:test-b,,,", StringComparison.Ordinal));
        var before = await SeededCountsAsync(settings);

        var result = await ImportAsync(settings, json, csv);

        Assert.Equal(
        [
            $"{json}:4: sources: cites no source; every fact must cite one through CITES",
            $"{csv}:4: sources: node 'source:missing' does not exist",
            $"{csv}:7: sources: names no source; every link must cite one",
        ], result.Check.Problems.Select(p => p.ToString()));
        Assert.False(result.Succeeded);
        Assert.Null(result.Applied);
        Assert.Equal(before, await CountsAsync(settings));
        await using var store = await TestStores.OpenAsync(settings);
        Assert.Empty(await store.GetNodesAsync(["source:test-import", "recruiter:test-a", "source:test-csv", "location:test-b"]));
    }

    private async Task ReimportChangesNothingAsync(StoreSettings settings)
    {
        var csv = _directory.File("good.csv", ImportFixtures.Csv());
        var json = _directory.File("good.json", ImportFixtures.Json());
        var seeded = await SeededCountsAsync(settings);

        var first = await ImportAsync(settings, csv, json);
        var afterFirst = await CountsAsync(settings);
        Checkpoint(settings, csv, json).Delete(); // as with --restart: write everything again
        var second = await ImportAsync(settings, csv, json);
        var third = await ImportAsync(settings, csv, json);

        // 5 relationship records and 6 CITES edges, one for each node that is not a Source.
        Assert.Equal((seeded.Nodes + 8, seeded.Edges + 11), afterFirst);
        Assert.Equal((8L, 11L), (first.Applied!.Nodes, first.Applied.Edges));
        Assert.Equal((8L, 11L), (second.Applied!.Nodes, second.Applied.Edges));
        Assert.True(third.Applied!.WasAlreadyComplete);
        Assert.Equal(afterFirst, await CountsAsync(settings));
        await using var store = await TestStores.OpenAsync(settings);
        var deployed = await store.GetNeighboursAsync(new NeighbourQuery(["unit:test-b"], "DEPLOYED_TO", EdgeDirection.Outgoing));
        Assert.Equal(["source:test-csv", ImportFixtures.Source], (IEnumerable<string>)Assert.Single(deployed).Edge.Properties[CommonProperties.SourceIds]!);
    }

    private Task<ImportResult> ImportAsync(StoreSettings settings, params string[] paths) =>
        ImportAsync(settings, Checkpoint(settings, paths), paths, new RecordingProgress(), CancellationToken.None);

    private static async Task<ImportResult> ImportAsync(
        StoreSettings settings, CheckpointFile checkpoint, string[] paths, RecordingProgress progress, CancellationToken cancellationToken)
    {
        await using var store = await TestStores.OpenAsync(settings);
        if (await store.CountNodesAsync() == 0)
        {
            await SeedData.LoadAsync(store);
        }

        return await ImportJob.RunAsync(store, RecruitmentModel.Instance, paths, 2, checkpoint, progress, cancellationToken);
    }

    private static CheckpointFile Checkpoint(StoreSettings settings, params string[] paths) =>
        CheckpointFile.For(settings.DataDirectory, "import", ImportJob.Describe(paths, settings.ToString()));

    private static async Task<(long Nodes, long Edges)> SeededCountsAsync(StoreSettings settings)
    {
        await using (var store = await TestStores.OpenAsync(settings))
        {
            await SeedData.LoadAsync(store);
        }

        return await CountsAsync(settings);
    }

    private static async Task<(long Nodes, long Edges)> CountsAsync(StoreSettings settings)
    {
        await using var store = await TestStores.OpenAsync(settings);
        return (await store.CountNodesAsync(), await TestStores.CountEdgesAsync(settings));
    }
}
