using System.Net;
using System.Net.Http.Headers;
using GraphServer.Api.Tests.Http;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GraphServer.Api.Tests.Ide;

/// <summary>Banana Cake Pop is served from the build output, the way its own middleware hosts it.</summary>
public sealed class BananaCakePopRoutesTests(EmbeddedServerFixture server) : IClassFixture<EmbeddedServerFixture>
{
    [Fact]
    public async Task A_browser_opening_graphql_is_redirected_to_graphql_slash()
    {
        using var client = server.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/graphql/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task The_ide_page_and_its_static_files_come_from_the_package()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql/");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));

        using var page = await server.Client.SendAsync(request);
        var html = await page.Content.ReadAsStringAsync();
        var script = System.Text.RegularExpressions.Regex.Match(html, "src=\"(static/js/main\\.[0-9a-f]+\\.js)\"").Groups[1].Value;
        using var asset = await server.Client.GetAsync(new Uri("/graphql/" + script, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<title>Banana Cake Pop</title>", html, StringComparison.Ordinal);
        Assert.NotEmpty(script);
        Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
        Assert.True((await asset.Content.ReadAsByteArrayAsync()).Length > 10_000);
    }

    [Fact]
    public async Task The_ide_is_told_to_use_the_page_address_as_its_endpoint_and_send_no_telemetry()
    {
        using var response = await server.Client.GetAsync(new Uri("/graphql/bcp-config.json", UriKind.Relative));

        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("""{"useBrowserUrlAsEndpoint": true, "disableTelemetry": true}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_get_with_a_query_is_graphql_even_from_a_browser()
    {
        var request = Requests.Get("query=" + Requests.Encode("{ __typename }"), accept: "text/html, application/json");

        var response = await server.SendAsync(request);

        Assert.Equal(200, response.Status);
        Assert.Equal("""{"data":{"__typename":"Query"}}""", response.ParseJson().ToJsonString());
    }
}
