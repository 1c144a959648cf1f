using System.Text.Json.Nodes;
using GraphServer.Api.Tests.Access;
using GraphServer.Api.Tests.EndToEnd;
using Microsoft.Data.Sqlite;

namespace GraphServer.Api.Tests.Mutations;

/// <summary>
/// Every write is audited before it starts: when the audit log cannot store the attempt the write is refused with
/// AUDIT_UNAVAILABLE at its path and nothing is written; when it can, the attempt (with the input) comes before the
/// outcome, which names the attempt. The failing log is a real one: a trigger in the store's own SQLite file refuses
/// inserts into the audit table, as a full disk or a broken file would. All records written are synthetic.
/// </summary>
public sealed class WriteAuditTests
{
    private const string Place = "location:synthetic-audited";

    private const string Create = $$"""
        mutation Audited { createLocation(input: { id: "{{Place}}", name: "Synthetic audited place", synthetic: true,
          sources: [{ source: { id: "source:synthetic-audited", publisher: "Synthetic publisher", title: "Synthetic audited source",
            kind: NEWS, publishedAt: "2024-05", synthetic: true } }] }) { location { id } errors { __typename } } }
        """;

    [Fact]
    public async Task A_write_whose_attempt_cannot_be_audited_is_refused_and_writes_nothing_and_once_it_can_attempt_comes_before_outcome()
    {
        var settings = GraphServerFactory.Embedded(("GraphServer:Auth:SigningKey", TestTokens.Key));
        await using var factory = new GraphServerFactory(settings);
        using var client = factory.CreateClient();
        var editor = TestTokens.For("editor", subject: "audited-writer");
        var (_, opened) = await AuthenticatedClient.PostAsync(client, $$"""{ location(id: "{{Place}}") { id } }""", bearer: editor);
        Assert.Null(opened["data"]!["location"]);
        var (_, verified) = await AuthenticatedClient.PostAsync(client, "{ auditVerify { intact } }", bearer: TestTokens.For("admin"));
        Assert.True(verified["data"]!["auditVerify"]!["intact"]!.GetValue<bool>()); // The audit tables exist from here on.

        await ExecuteAsync(settings, "CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'disk full'); END");
        var (_, refused) = await AuthenticatedClient.PostAsync(client, Create, bearer: editor);

        var error = Assert.Single(refused["errors"]!.AsArray())!;
        Assert.Equal("AUDIT_UNAVAILABLE", error["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal("createLocation", error["path"]![0]!.GetValue<string>());
        Assert.Contains("Nothing was written", error["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(refused["data"]!["createLocation"]);
        var (_, after) = await AuthenticatedClient.PostAsync(client, $$"""{ location(id: "{{Place}}") { id } }""", bearer: editor);
        Assert.Null(after["data"]!["location"]);

        await ExecuteAsync(settings, "DROP TRIGGER refuse_audit");
        var (_, written) = await AuthenticatedClient.PostAsync(client, Create, bearer: editor);
        Assert.Equal(Place, written["data"]!["createLocation"]!["location"]!["id"]!.GetValue<string>());
        var (_, log) = await AuthenticatedClient.PostAsync(client,
            "{ auditLog(first: 500) { entries { sequence actor kind operationName variables touchedIds } } }",
            bearer: TestTokens.For("admin"));
        var entries = log["data"]!["auditLog"]!["entries"]!.AsArray()
            .Where(e => e!["actor"]!.GetValue<string>().EndsWith("audited-writer", StringComparison.Ordinal))
            .Select(e => e!.AsObject()).ToList();
        Assert.Equal(["write-attempt", "write"], entries.Select(e => e["kind"]!.GetValue<string>()));
        Assert.All(entries, e => Assert.Equal("Audited", e["operationName"]!.GetValue<string>()));
        Assert.Contains($"\"id\":\"{Place}\"", entries[0]["variables"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(entries[0]["touchedIds"]!.AsArray());
        Assert.Equal($$"""{"attempt":{{entries[0]["sequence"]!.GetValue<string>()}}}""", entries[1]["variables"]!.GetValue<string>());
        Assert.Contains(Place, entries[1]["touchedIds"]!.AsArray().Select(i => i!.GetValue<string>()));
    }

    private static async Task ExecuteAsync(Dictionary<string, string?> settings, string sql)
    {
        var database = Path.Combine(settings["GRAPH_DATA_DIR"]!, "graph.db");
        await using var connection = new SqliteConnection($"Data Source={database};Pooling=false");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
