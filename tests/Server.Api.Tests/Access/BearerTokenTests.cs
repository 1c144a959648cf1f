using System.Net;
using GraphServer.Api.Tests.EndToEnd;

namespace GraphServer.Api.Tests.Access;

/// <summary>With auth configured, every refused token gets 401 and a WWW-Authenticate header that says why.</summary>
public sealed class BearerTokenTests : IAsyncLifetime
{
    private const string Query = "{ countries(first: 1) { nodes { id } } }";

    private readonly GraphServerFactory _server = new(TestTokens.AuthOn());
    private HttpClient _client = null!;

    public Task InitializeAsync()
    {
        _client = _server.CreateClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task No_token_is_401_saying_what_to_send()
    {
        var (response, body) = await AuthenticatedClient.PostAsync(_client, Query);

        AssertRefused(response, "no credentials: send Authorization: Bearer <token> or X-Api-Key: <key>");
        Assert.Equal("UNAUTHENTICATED", (string?)body["errors"]![0]!["extensions"]!["code"]);
        Assert.Null(body["data"]);
    }

    [Fact]
    public async Task An_expired_token_is_401_naming_when_it_expired()
    {
        var issued = DateTimeOffset.UtcNow.AddHours(-3);
        var token = TestTokens.Mint(r => r with { Now = issued, Lifetime = TimeSpan.FromHours(1) });

        var (response, _) = await AuthenticatedClient.PostAsync(_client, Query, bearer: token);

        AssertRefused(response, $"the token expired at {issued.AddHours(1).UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'}");
    }

    [Fact]
    public async Task A_token_not_yet_valid_is_401_naming_when_it_starts()
    {
        var start = DateTimeOffset.UtcNow.AddHours(2);
        var token = TestTokens.Mint(r => r with { NotBefore = start, Lifetime = TimeSpan.FromHours(4) });

        var (response, _) = await AuthenticatedClient.PostAsync(_client, Query, bearer: token);

        AssertRefused(response, $"the token is not valid before {start.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'}");
    }

    [Fact]
    public async Task A_token_signed_with_another_key_is_401_invalid_signature()
    {
        var token = TestTokens.Mint(r => r with { SigningKey = TestTokens.OtherKey });

        var (response, _) = await AuthenticatedClient.PostAsync(_client, Query, bearer: token);

        AssertRefused(response, "the signature is invalid");
    }

    [Fact]
    public async Task A_token_for_another_audience_is_401_naming_the_audience()
    {
        var token = TestTokens.Mint(r => r with { Audience = "someone-else" });

        var (response, _) = await AuthenticatedClient.PostAsync(_client, Query, bearer: token);

        AssertRefused(response, "the token's audience is not this server's");
    }

    [Fact]
    public async Task A_token_from_another_issuer_is_401_naming_the_issuer()
    {
        var token = TestTokens.Mint(r => r with { Issuer = "https://elsewhere.example" });

        var (response, _) = await AuthenticatedClient.PostAsync(_client, Query, bearer: token);

        AssertRefused(response, "the issuer 'https://elsewhere.example' is not trusted");
    }

    [Fact]
    public async Task An_unknown_role_is_401_naming_the_role_and_the_known_ones()
    {
        var (response, _) = await AuthenticatedClient.PostAsync(_client, Query, bearer: TestTokens.For("superuser"));

        AssertRefused(response, "unknown role 'superuser' in claim 'role'; use one of viewer, analyst, editor, admin");
    }

    [Fact]
    public async Task A_malformed_token_is_401()
    {
        var (response, _) = await AuthenticatedClient.PostAsync(_client, Query, bearer: "not.a.token");

        AssertRefused(response, "the token is malformed");
    }

    [Theory]
    [InlineData("viewer")]
    [InlineData("analyst")]
    [InlineData("editor")]
    [InlineData("admin")]
    public async Task A_valid_token_of_each_role_is_answered(string role)
    {
        var (response, body) = await AuthenticatedClient.PostAsync(_client, Query, bearer: TestTokens.For(role));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(body["errors"]);
        Assert.StartsWith("country:", (string?)body["data"]!["countries"]!["nodes"]![0]!["id"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_schema_and_exports_need_a_token_too_but_health_does_not()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await _client.GetAsync("/graphql/schema.graphql")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _client.GetAsync("/export/gexf?ids=country:KE")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/health/ready")).StatusCode);
    }

    private static void AssertRefused(HttpResponseMessage response, string reason)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal($"Bearer error=\"invalid_token\", error_description=\"{reason}\"", AuthenticatedClient.Challenge(response));
    }
}
