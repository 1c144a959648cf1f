using System.Net;
using GraphServer.Api.Tests.EndToEnd;

namespace GraphServer.Api.Tests.Access;

/// <summary>Each caller has its own window: over it, 429 with Retry-After; another caller is not affected.</summary>
public sealed class RateLimitTests
{
    [Fact]
    public async Task A_caller_over_its_limit_gets_429_with_retry_after_and_others_go_on()
    {
        await using var factory = new GraphServerFactory(TestTokens.AuthOn(
            ("GraphServer:Auth:RatePermits", "3"), ("GraphServer:Auth:RateWindow", "00:01:00")));
        using var client = factory.CreateClient();
        const string Query = "{ countries(first: 1) { nodes { id } } }";
        var alice = TestTokens.For("viewer", "alice");

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 4; i++)
        {
            (last, _) = await AuthenticatedClient.PostAsync(client, Query, bearer: alice);
            statuses.Add(last.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        var retryAfter = int.Parse(last!.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(retryAfter, 1, 60);
        var (bob, _) = await AuthenticatedClient.PostAsync(client, Query, bearer: TestTokens.For("viewer", "bob"));
        Assert.Equal(HttpStatusCode.OK, bob.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
    }
}
