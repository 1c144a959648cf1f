using GraphServer.Api.Tests.Support;

namespace GraphServer.Api.Tests.Conformance;

/// <summary>
/// The graphql-http package's auditServer, the reference check of the GraphQL-over-HTTP draft, against our running
/// server: every audit (MUST, SHOULD and MAY) must come back ok.
/// </summary>
[Collection(LiveServerCollection.Name)]
public sealed class GraphQLHttpAuditTests(LiveServer server)
{
    [SkippableFact]
    public async Task Every_graphql_http_audit_is_ok_and_none_warns_or_errs()
    {
        ExternalTools.RequireNode();

        var report = await NodeScript.RunAsync("audit.mjs", TimeSpan.FromMinutes(2), server.BaseUrl + "/graphql");

        var notOk = report["results"]!.AsArray()
            .Where(r => r!["status"]!.GetValue<string>() != "ok")
            .Select(r => $"{r!["id"]} {r["name"]}: {r["status"]} {r["reason"]}")
            .ToList();
        Assert.Empty(notOk);
        Assert.Equal(0, report["warn"]!.GetValue<int>());
        Assert.Equal(0, report["error"]!.GetValue<int>());
        // graphql-http 1.23.1 has 61 audits; fewer would mean the script ran a different or partial audit.
        Assert.True(report["ok"]!.GetValue<int>() >= 61, $"only {report["ok"]} audits ran");
    }
}
