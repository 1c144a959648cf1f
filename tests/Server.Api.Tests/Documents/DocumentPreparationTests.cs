using GraphServer.Api.Documents;
using GraphServer.Api.Tests.EndToEnd;
using GraphServer.Api.Tests.Http;
using Microsoft.Extensions.DependencyInjection;

namespace GraphServer.Api.Tests.Documents;

/// <summary>Documents are parsed and validated once per distinct text; persisted and trusted documents by hash.</summary>
public sealed class DocumentPreparationTests
{
    private const string CountriesQuery = "query ($n: Int) { countries(first: $n) { nodes { id targetedBy(first: 50) { nodes { targets(first: 50) { nodes { id } } } } } } }";

    [Fact]
    public async Task A_repeated_query_is_parsed_and_validated_once_but_still_costed_with_its_variables()
    {
        await using var fixture = new EmbeddedServerFixture();
        await fixture.InitializeAsync();
        var cache = fixture.Factory.Services.GetRequiredService<DocumentPreparer>().Cache;
        var before = cache.Count;

        var cheap = await fixture.SendAsync(Requests.Post(new { query = CountriesQuery, variables = new { n = 1 } }));
        var again = await fixture.SendAsync(Requests.Post(new { query = CountriesQuery, variables = new { n = 1 } }));
        var costly = await fixture.SendAsync(Requests.Post(new { query = CountriesQuery, variables = new { n = 500 } }));

        Assert.Equal(200, cheap.Status);
        Assert.Equal(cheap.Body, again.Body);
        Assert.Equal(before + 1, cache.Count);
        Assert.True(cache.TryGet(DocumentHash.Of(CountriesQuery), out _));
        // The cached document skips the spec's rules but not the cost, which first: $n decides.
        Assert.Equal(400, costly.Status);
        Assert.Equal("COMPLEXITY", costly.ParseJson()["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_document_that_fails_validation_is_not_cached()
    {
        await using var fixture = new EmbeddedServerFixture();
        await fixture.InitializeAsync();
        var cache = fixture.Factory.Services.GetRequiredService<DocumentPreparer>().Cache;

        await fixture.SendAsync(Requests.Post(new { query = "{ nope }" }));

        Assert.False(cache.TryGet(DocumentHash.Of("{ nope }"), out _));
    }

    [Fact]
    public async Task An_automatic_persisted_query_runs_by_hash_once_its_text_has_been_seen()
    {
        await using var fixture = new EmbeddedServerFixture();
        await fixture.InitializeAsync();
        const string Query = """{ country(id: "country:KE") { name } }""";
        var persisted = new { persistedQuery = new { version = 1, sha256Hash = DocumentHash.Of(Query) } };

        var unknown = await fixture.SendAsync(Requests.Post(new { extensions = persisted }));
        var registered = await fixture.SendAsync(Requests.Post(new { query = Query, extensions = persisted }));
        var byHash = await fixture.SendAsync(Requests.Post(new { extensions = persisted }));

        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", unknown.ParseJson()["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal(200, registered.Status);
        Assert.Equal(200, byHash.Status);
        Assert.Equal("""{"country":{"name":"Kenya"}}""", byHash.ParseJson()["data"]!.ToJsonString());
    }

    [Fact]
    public async Task With_an_allow_list_only_trusted_documents_run_by_hash_or_by_text()
    {
        const string Trusted = """{ country(id: "country:KE") { iso2 } }""";
        var list = Path.Combine(Path.GetTempPath(), "graphserver-trusted-" + Guid.NewGuid().ToString("N") + ".json");
        await File.WriteAllTextAsync(list, System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, string> { [DocumentHash.Of(Trusted)] = Trusted }));
        await using var factory = new GraphServerFactory(GraphServerFactory.Embedded(("GraphServer:Http:TrustedDocumentsPath", list)));
        using var client = factory.CreateClient();

        var byHash = await SendAsync(client, Requests.Post(new { extensions = new { persistedQuery = new { version = 1, sha256Hash = DocumentHash.Of(Trusted) } } }));
        var byText = await SendAsync(client, Requests.Post(new { query = Trusted }));
        var other = await SendAsync(client, Requests.Post(new { query = "{ __typename }" }));

        Assert.Equal("""{"country":{"iso2":"KE"}}""", byHash.ParseJson()["data"]!.ToJsonString());
        Assert.Equal(byHash.Body, byText.Body);
        Assert.Equal(400, other.Status);
        Assert.Equal("DOCUMENT_NOT_TRUSTED", other.ParseJson()["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        File.Delete(list);
    }

    private static async Task<RawResponse> SendAsync(HttpClient client, HttpRequestMessage request)
    {
        using (request)
        {
            using var response = await client.SendAsync(request);
            return await RawResponse.ReadAsync(response);
        }
    }
}
