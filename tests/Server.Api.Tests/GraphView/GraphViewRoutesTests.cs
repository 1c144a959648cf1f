using System.Net;
using GraphServer.Api.Tests.Http;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GraphServer.Api.Tests.GraphView;

/// <summary>/graph/ and everything it loads come from this server's build output: no CDN, no other host.</summary>
public sealed class GraphViewRoutesTests(EmbeddedServerFixture server) : IClassFixture<EmbeddedServerFixture>
{
    [Fact]
    public async Task Graph_without_a_slash_is_redirected_with_its_query()
    {
        using var client = server.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync(new Uri("/graph?ids=country:KE", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/graph/?ids=country:KE", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task The_page_and_every_script_it_names_are_served_here()
    {
        using var page = await server.Client.GetAsync(new Uri("/graph/", UriKind.Relative));
        var html = await page.Content.ReadAsStringAsync();
        var scripts = System.Text.RegularExpressions.Regex.Matches(html, "src=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType!.MediaType);
        Assert.Equal(["lib/cytoscape.min.js", "lib/dagre.min.js", "lib/cytoscape-dagre.js", "graph.js"], scripts);
        Assert.DoesNotContain("http", string.Join(' ', scripts), StringComparison.Ordinal);
        foreach (var script in scripts)
        {
            using var file = await server.Client.GetAsync(new Uri("/graph/" + script, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, file.StatusCode);
            Assert.True((await file.Content.ReadAsByteArrayAsync()).Length > 1_000, script);
        }
    }
}
