using System.Text.Json.Nodes;
using GraphServer.Store.Access;

namespace GraphServer.Api.Tests.Access;

/// <summary>
/// Reads of personal data are audited (who, operation name and hash, redacted variables, ids); reads without personal
/// data and forbidden attempts are not; only admins read the log and its verification through GraphQL.
/// </summary>
[Collection(AuditCollection.Name)]
public sealed class AuditTrailTests(AccessServer server) : IClassFixture<AccessServer>
{
    private static readonly PersonalCase Contact = AccessServer.Cases.Single(c => c.ToString() == "Fighter.contact");

    [Fact]
    public async Task An_analysts_personal_read_is_one_entry_with_the_ids_and_redacted_variables()
    {
        var before = await LastSequenceAsync();
        const string Query = "query FighterContacts($id: ID) { fighters(where: { id: { eq: $id } }) { nodes { id contact } } }";

        var (_, body) = await server.AsAsync("analyst", Query, new { id = Contact.NodeId });

        Assert.True(body["errors"] is null, body.ToJsonString());
        var entry = Assert.Single(await (await server.AccessStoreAsync()).ReadAsync(before, 10));
        Assert.Equal(("tester", "analyst", "read-personal", "FighterContacts"),
            (entry.Record.Actor, entry.Record.Role, entry.Record.Kind, entry.Record.OperationName));
        Assert.Equal(GraphServer.Api.Documents.DocumentHash.Of(Query), entry.Record.OperationHash);
        Assert.Equal([Contact.NodeId], entry.Record.TouchedIds);
        Assert.Equal($$"""{"id":"{{Contact.NodeId}}"}""", entry.Record.Variables);
    }

    [Fact]
    public void Personal_values_in_variables_are_redacted_at_any_depth()
    {
        var variables = new Dictionary<string, object?>
        {
            ["input"] = new Dictionary<string, object?>
            {
                ["alias"] = "F-1",
                ["contact"] = "+7 000",
                ["more"] = new List<object?> { new Dictionary<string, object?> { ["name"] = "X" } },
            },
        };

        var redacted = Api.Access.VariableRedaction.Redact(variables);

        Assert.Equal("""{"input":{"alias":"F-1","contact":"[redacted]","more":[{"name":"[redacted]"}]}}""",
            System.Text.Json.JsonSerializer.Serialize(redacted));
    }

    [Fact]
    public async Task A_read_without_personal_fields_and_a_forbidden_attempt_write_nothing()
    {
        var before = await LastSequenceAsync();

        await server.AsAsync("analyst", "{ fighters(first: 5) { nodes { id alias } } }");
        await server.AsAsync("viewer", $"{{ fighters(where: {{ id: {{ eq: \"{Contact.NodeId}\" }} }}) {{ nodes {{ contact }} }} }}");

        Assert.Empty(await (await server.AccessStoreAsync()).ReadAsync(before, 10));
    }

    [Fact]
    public async Task An_analysts_export_with_personal_columns_is_audited()
    {
        var before = await LastSequenceAsync();

        await server.ExportAsAsync("analyst", $"/export/gexf?ids={Contact.NodeId}&depth=0");

        var entry = Assert.Single(await (await server.AccessStoreAsync()).ReadAsync(before, 10));
        Assert.Equal("export", entry.Record.OperationName);
        Assert.Equal([Contact.NodeId], entry.Record.TouchedIds);
    }

    [Fact]
    public async Task Only_an_admin_reads_the_log_and_its_verification()
    {
        await server.AsAsync("analyst", $"{{ fighters(where: {{ id: {{ eq: \"{Contact.NodeId}\" }} }}) {{ nodes {{ name }} }} }}");
        const string Query = "{ auditLog(first: 2) { entries { sequence actor kind hash touchedIds } endCursor hasNextPage } "
            + "auditVerify { intact entries } }";

        var (_, admin) = await server.AsAsync("admin", Query);
        var (_, editor) = await server.AsAsync("editor", Query);

        Assert.Null(admin["errors"]);
        Assert.Equal(true, (bool?)admin["data"]!["auditVerify"]!["intact"]);
        Assert.NotEmpty(admin["data"]!["auditLog"]!["entries"]!.AsArray());
        Assert.Equal("1", (string?)admin["data"]!["auditLog"]!["entries"]![0]!["sequence"]);
        Assert.Null(editor["data"]!["auditLog"]);
        Assert.Null(editor["data"]!["auditVerify"]);
        Assert.Equal(["FORBIDDEN", "FORBIDDEN"], editor["errors"]!.AsArray().Select(e => (string?)e!["extensions"]!["code"]));
    }

    private async Task<long> LastSequenceAsync() =>
        (await (await server.AccessStoreAsync()).ReadAsync(0, int.MaxValue)).LastOrDefault()?.Sequence ?? 0;
}
