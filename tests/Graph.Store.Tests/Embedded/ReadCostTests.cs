using GraphServer.Model;
using GraphServer.Store.Embedded;
using GraphServer.Store.Planning;
using GraphServer.Store.Tests.Contract;
using Microsoft.Data.Sqlite;
using static GraphServer.Store.Tests.Contract.ContractGraph;

namespace GraphServer.Store.Tests.Embedded;

/// <summary>
/// Issue 13, the embedded store's CPU per request: statements stay prepared on the read connections the store keeps,
/// a plan decodes only the properties the request reads, and a filtered page in id order reads its matches from the
/// property's index; the answers stay those of a whole read.
/// </summary>
public sealed class ReadCostTests(EmbeddedStoreFixture fixture) : IClassFixture<EmbeddedStoreFixture>
{
    private static readonly IReadOnlyList<PropertyDefinition> OfferProperties = RecruitmentModel.Instance.GetNode("Offer").Properties;

    [Fact]
    public void A_projected_read_decodes_only_the_wanted_properties_with_their_kinds()
    {
        const string json = """
            {"id":"offer:x","promisedRole":"driver \u2013 \"night\"","salaryAmount":2500,"benefits":["a","b"],"nested":{"x":[1,2]},"synthetic":true}
            """;

        var projected = PropertyJson.Read(json, OfferProperties, ["id", "salaryAmount", "benefits"]);

        Assert.Equal(["benefits", "id", "salaryAmount"], projected.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(2500.0, Assert.IsType<double>(projected["salaryAmount"]));
        Assert.Equal(["a", "b"], Assert.IsType<string[]>(projected["benefits"]));
        var whole = PropertyJson.Read(json, OfferProperties);
        Assert.Equal("driver – \"night\"", whole["promisedRole"]);
        Assert.Equal(true, whole["synthetic"]);
        Assert.DoesNotContain("nested", whole.Keys);
        // Declared order, whatever the stored order: the map reads the same for every row.
        Assert.Equal(OfferProperties.Select(p => p.Name).Where(whole.ContainsKey), whole.Keys);
    }

    [Fact]
    public async Task A_statement_text_is_prepared_once_per_connection_and_a_second_open_reader_gets_its_own()
    {
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        PreparedStatements.Attach(connection);
        var statements = PreparedStatements.Of(connection.CreateCommand())!;

        var first = statements.Lend(Template(connection, 1));
        SqliteCommand whileOpen;
        await using (var reader = await first.ExecuteReaderAsync())
        {
            statements.ReturnAfter(first, reader);
            whileOpen = statements.Lend(Template(connection, 2));
            Assert.NotSame(first, whileOpen);
            Assert.Equal(2L, await whileOpen.ExecuteScalarAsync());
            statements.Return(whileOpen);
        }

        var again = statements.Lend(Template(connection, 3));
        // One of the two prepared commands again, not a third: the text is prepared once per command kept.
        Assert.Contains(again, new[] { first, whileOpen });
        Assert.Equal(3L, await again.ExecuteScalarAsync());
        statements.Return(again);
        PreparedStatements.Detach(connection);
        Assert.Null(PreparedStatements.Of(connection.CreateCommand()));
    }

    [Fact]
    public async Task A_plan_returns_the_selected_properties_of_its_nodes_and_no_relationship_properties_nobody_reads()
    {
        var offers = new PlanSelection(new NeighbourQuery([], "PLACED", EdgeDirection.Outgoing) { TakePerParent = 10 }, [])
        {
            NodeProperties = ["id", "promisedRole"], EdgeProperties = [],
        };
        var plan = PlanQuery.ForLookup(new PlanLookup([Alpha], "Recruiter"), [offers]) with { RootProperties = ["id", "name"] };

        var result = await fixture.Store.RunPlanAsync(plan);

        var root = Assert.Single(result.Root.Nodes);
        Assert.Equal(["id", "name"], root.Properties.Keys.Order(StringComparer.Ordinal));
        var rows = result.RowsOf(offers);
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Empty(r.Edge.Properties));
        Assert.All(rows, r => Assert.True(r.Node.Properties.Keys.All(k => k is "id" or "promisedRole"), string.Join(",", r.Node.Properties.Keys)));
        var whole = await fixture.Store.GetNodesAsync([.. rows.Select(r => r.Node.Id)]);
        Assert.Equal(
            whole.OrderBy(n => n.Id, StringComparer.Ordinal).Select(n => (n.Id, n.Properties.GetValueOrDefault("promisedRole"))),
            rows.Select(r => r.Node).OrderBy(n => n.Id, StringComparer.Ordinal).Select(n => (n.Id, n.Properties.GetValueOrDefault("promisedRole"))));
    }

    [Fact]
    public async Task A_page_in_id_order_filtered_on_an_indexed_value_reads_the_index_and_pages_as_without_it()
    {
        var query = new NodeQuery("Fighter") { Where = Filter.Eq("status", "captured"), Order = [new("id", SortDirection.Ascending)], Take = 2 };

        NodePage page;
        IReadOnlyList<string> texts;
        using (var spans = new StatementSpans())
        {
            page = await fixture.Store.FindNodesAsync(query);
            texts = spans.Texts;
        }

        Assert.Contains(texts, t => t.Contains("ORDER BY +n.id ASC", StringComparison.Ordinal));
        var all = await fixture.Store.FindNodesAsync(new NodeQuery("Fighter") { Order = [new("id", SortDirection.Ascending)], Take = 100_000 });
        var expected = all.Nodes.Where(n => Equals(n.Properties.GetValueOrDefault("status"), "captured")).Select(n => n.Id).Take(2).ToList();
        Assert.Equal(2, expected.Count);
        Assert.Equal(expected, page.Nodes.Select(n => n.Id));
    }

    private static SqliteCommand Template(SqliteConnection connection, long value)
    {
        var command = connection.CreateCommand();
        command.CommandText = "SELECT $value";
        command.Parameters.AddWithValue("$value", value);
        return command;
    }
}
