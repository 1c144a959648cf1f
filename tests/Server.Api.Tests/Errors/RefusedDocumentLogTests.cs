using System.Text;
using GraphServer.Api.Tests.EndToEnd;
using GraphServer.Api.Tests.Http;
using GraphServer.Api.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging;

namespace GraphServer.Api.Tests.Errors;

/// <summary>A refused document is logged as its hash and first characters: never in full, and in one line.</summary>
public sealed class RefusedDocumentLogTests
{
    [Theory]
    [InlineData(64, "DOCUMENT_TOO_DEEP")]
    [InlineData(3000, "MAX_TOKENS_EXCEEDED")]
    public async Task The_log_holds_the_hash_and_the_beginning_but_not_the_document(int depth, string code)
    {
        var marker = "refusedMarker" + Guid.NewGuid().ToString("N");
        var document = "{ countries { nodes { " + Repeat("... on Country { ", depth) + marker + Repeat(" }", depth) + " } } }";
        var logs = new CapturedLogs();
        await using var factory = new GraphServerFactory(GraphServerFactory.Embedded());
        using var client = factory.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(logs))).CreateClient();

        using var request = Requests.Post(new { query = document });
        using var response = await client.SendAsync(request);

        Assert.Equal(400, (int)response.StatusCode);
        Assert.Contains(code, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var refusal = Assert.Single(logs.Lines, l => l.Contains("Refused document", StringComparison.Ordinal));
        Assert.Contains(Api.Documents.DocumentHash.Of(document), refusal, StringComparison.Ordinal);
        Assert.Contains("starts \"{ countries { nodes { ... on Country {", refusal, StringComparison.Ordinal);
        Assert.EndsWith(code, refusal, StringComparison.Ordinal);
        Assert.DoesNotContain(marker, logs.All, StringComparison.Ordinal);
        Assert.True(logs.All.Length < 2_000, $"{logs.All.Length} characters of log for one refused request");
    }

    private static string Repeat(string text, int times) => new StringBuilder(text.Length * times).Insert(0, text, times).ToString();
}
