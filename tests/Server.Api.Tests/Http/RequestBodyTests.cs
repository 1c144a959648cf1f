using System.Net.Http.Headers;
using System.Text.Json;

namespace GraphServer.Api.Tests.Http;

/// <summary>
/// POST bodies read into a pooled buffer: with and without Content-Length, across the buffer's growth, up to and past
/// the limit (256 KiB by default), and one after another so a returned buffer never leaks into the next request.
/// </summary>
public sealed class RequestBodyTests(EmbeddedServerFixture server) : IClassFixture<EmbeddedServerFixture>
{
    [Theory]
    [InlineData(10, true)]
    [InlineData(10, false)]
    [InlineData(100 * 1024, false)]
    [InlineData(250 * 1024, false)]
    [InlineData(250 * 1024, true)]
    public async Task A_body_under_the_limit_is_read_whole_whatever_its_framing(int padding, bool withLength)
    {
        var body = Body(padding, "country:KE");

        var response = await server.SendAsync(Post(body, withLength));

        Assert.Equal(200, response.Status);
        Assert.Equal("""{"country":{"iso2":"KE"}}""", response.ParseJson()["data"]!.ToJsonString());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_body_over_the_limit_is_413_whatever_its_framing(bool withLength)
    {
        var response = await server.SendAsync(Post(Body(300 * 1024, "country:KE"), withLength));

        Assert.Equal(413, response.Status);
        Assert.Equal("REQUEST_TOO_LARGE", response.ParseJson()["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Requests_one_after_another_each_read_their_own_body()
    {
        // A long body then short ones: were a pooled buffer read past its body, the short ones would see the long tail.
        foreach (var (padding, id, iso2) in new[] { (200 * 1024, "country:KE", "KE"), (0, "country:IN", "IN"), (5, "country:KE", "KE") })
        {
            var response = await server.SendAsync(Post(Body(padding, id), withLength: padding % 2 == 0));
            Assert.Equal(200, response.Status);
            Assert.Equal("{\"country\":{\"iso2\":\"" + iso2 + "\"}}", response.ParseJson()["data"]!.ToJsonString());
        }
    }

    private static byte[] Body(int padding, string id) => JsonSerializer.SerializeToUtf8Bytes(new
    {
        query = "query ($id: ID!) { country(id: $id) { iso2 } }",
        variables = new { id },
        extensions = new { padding = new string('x', padding) },
    });

    /// <summary>Without a length the content is a stream of unknown size, which goes out chunked.</summary>
    private static HttpRequestMessage Post(byte[] body, bool withLength)
    {
        HttpContent content = withLength ? new ByteArrayContent(body) : new StreamContent(new UnknownLengthStream(body));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content };
        request.Headers.Accept.ParseAdd(Requests.GraphQLResponse);
        Assert.Equal(withLength, request.Content.Headers.ContentLength is not null);
        return request;
    }
}
