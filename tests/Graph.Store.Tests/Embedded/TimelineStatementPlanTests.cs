using GraphServer.Model;
using GraphServer.Seed.Loading;
using GraphServer.Store.Embedded;
using GraphServer.Store.Planning;
using GraphServer.Store.Tests.Contract;
using Microsoft.Data.Sqlite;

namespace GraphServer.Store.Tests.Embedded;

/// <summary>
/// The timeline's one statement reads every edge and node through a key (EXPLAIN QUERY PLAN): each hop probes the edges
/// of its own nodes both ways, the kept nodes and the events' sources are looked up by id. The store runs no ANALYZE, so
/// the plan does not depend on the data: a first version let SQLite scan every edge per hop (474 ms for one hop on the
/// bench's 40,000 nodes), which the answers alone do not show.
/// </summary>
public sealed class TimelineStatementPlanTests : IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "graphserver-timeline-plan-" + Guid.NewGuid().ToString("N"));
    private EmbeddedStore _store = null!;

    public async Task InitializeAsync()
    {
        _store = new EmbeddedStore(RecruitmentModel.Instance, _directory);
        await _store.InitializeAsync();
        await SeedData.LoadAsync(_store);
        await _store.ApplyAsync(ContractGraph.Changes);
    }

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Every_hop_probes_the_edges_of_its_own_nodes_and_nothing_is_scanned_whole(bool asOf)
    {
        string[] facts = [.. RecruitmentModel.Instance.RelationshipTypes.Where(r => !r.IsCitation).Select(r => r.Type)];
        var timeline = new PlanTimeline("fighter:syn-001", 3, facts, "Event", "date", 20, 1_000)
        {
            AsOf = asOf ? new DateOnly(2025, 7, 31) : null,
        };
        IReadOnlyList<string> texts;
        PlanResult result;
        using (var spans = new StatementSpans())
        {
            result = await _store.RunPlanAsync(PlanQuery.ForTimeline(timeline, []));
            texts = spans.Texts;
        }

        Assert.Single(texts);
        Assert.NotEmpty(result.Root.Nodes);
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(_directory, "graph.db")};Mode=ReadOnly");
        await connection.OpenAsync();
        var plan = await ExplainAsync(connection, texts[0]);
        var listing = string.Join("\n", plan);
        // Tables of the database appear only as SEARCH steps; SCAN steps are over the statement's own few rows (hops, kept, events).
        Assert.DoesNotContain(plan, step => step.Split(' ') is ["SCAN", "e" or "n" or "m" or "s", ..]);
        Assert.DoesNotContain(plan, step => step.Contains("AUTOMATIC", StringComparison.Ordinal));
        // Three hops, each out (the primary key) and in (the target index), then the sources out of the events.
        var outgoing = plan.Count(step => step.StartsWith("SEARCH e USING PRIMARY KEY (from_id=? AND type=?)", StringComparison.Ordinal));
        Assert.True(outgoing == 4, listing);
        Assert.True(plan.Count(step => step.StartsWith("SEARCH e USING", StringComparison.Ordinal)
            && step.EndsWith("INDEX edges_by_target (to_id=? AND type=?)", StringComparison.Ordinal)) == 3,
            listing);
        Assert.Contains(plan, step => step.StartsWith("SEARCH n USING INDEX nodes_by_label (label=? AND id=?)", StringComparison.Ordinal));
    }

    private static async Task<List<string>> ExplainAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        var steps = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            steps.Add(reader.GetString(3));
        }

        return steps;
    }
}
