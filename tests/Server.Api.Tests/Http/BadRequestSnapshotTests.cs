using System.Text;
using Snapshooter;
using Snapshooter.Xunit;

namespace GraphServer.Api.Tests.Http;

/// <summary>
/// Every kind of bad request, answered with the status the GraphQL-over-HTTP draft gives it and an error body a client
/// can act on. The snapshots are the reviewed answers: status, media type, Allow, body.
/// </summary>
public sealed class BadRequestSnapshotTests(EmbeddedServerFixture server) : IClassFixture<EmbeddedServerFixture>
{
    private const string Json = "application/json";

    private static readonly Dictionary<string, Func<HttpRequestMessage>> Cases = new(StringComparer.Ordinal)
    {
        ["body_is_not_json"] = () => Requests.PostText("{ \"not a JSON", Json),
        ["body_is_empty"] = () => Requests.PostText(string.Empty, Json),
        ["body_is_a_batch"] = () => Requests.PostText("""[{"query":"{ __typename }"},{"query":"{ __typename }"}]""", Json),
        ["body_is_a_string"] = () => Requests.PostText("\"{ __typename }\"", Json),
        ["query_is_a_number"] = () => Requests.Post(new { query = 1 }),
        ["query_is_missing"] = () => Requests.Post(new { qeury = "{ __typename }" }),
        ["variables_is_a_string"] = () => Requests.Post(new { query = "{ __typename }", variables = "{}" }),
        ["extensions_is_an_array"] = () => Requests.Post(new { query = "{ __typename }", extensions = new[] { 1 } }),
        ["get_variables_are_not_json"] = () => Requests.Get("query=" + Requests.Encode("{ __typename }") + "&variables=" + Requests.Encode("{nope")),
        ["content_type_is_text_plain"] = () => Requests.PostText("""{"query":"{ __typename }"}""", "text/plain"),
        ["content_type_is_missing"] = () => Requests.PostText("""{"query":"{ __typename }"}""", null),
        ["charset_is_not_utf8"] = () => Requests.PostText("""{"query":"{ __typename }"}""", "application/json; charset=utf-16"),
        ["accept_allows_neither_json_type"] = () => Requests.Post(new { query = "{ __typename }" }, accept: "image/png"),
        ["method_is_put"] = () => new HttpRequestMessage(HttpMethod.Put, "/graphql") { Content = new StringContent("{}", Encoding.UTF8, Json) },
        ["mutation_over_get"] = () => Requests.Get("query=" + Requests.Encode("mutation { __typename }")),
        ["body_is_too_large"] = () => Requests.Post(new { query = "{ __typename }", variables = new { padding = new string('x', 300 * 1024) } }),
        ["cross_site_get_without_preflight"] = () =>
        {
            var request = Requests.Get("query=" + Requests.Encode("{ __typename }"));
            request.Headers.Add("Sec-Fetch-Site", "cross-site");
            return request;
        },
        ["cross_origin_get_from_an_older_browser"] = () =>
        {
            var request = Requests.Get("query=" + Requests.Encode("{ __typename }"));
            request.Headers.Add("Origin", "https://evil.example");
            return request;
        },
        ["cross_site_form_post"] = () =>
        {
            var request = Requests.PostText("query=%7B__typename%7D", "application/x-www-form-urlencoded");
            request.Headers.Add("Sec-Fetch-Site", "cross-site");
            return request;
        },
        ["parse_error"] = () => Requests.Post(new { query = "{ countries(first: 3) { nodes { id } " }),
        ["parse_error_under_application_json"] = () => Requests.Post(new { query = "{" }, accept: Json),
        ["validation_error"] = () => Requests.Post(new { query = "{ countries { nodes { nickname } } }" }),
        ["validation_error_under_application_json"] = () => Requests.Post(new { query = "{ nope }" }, accept: Json),
        ["variable_coercion_failure"] = () => Requests.Post(new { query = "query ($id: ID!) { country(id: $id) { name } }", variables = new { id = (string?)null } }),
        ["operation_name_matches_nothing"] = () => Requests.Post(new { query = "query A { __typename } query B { __typename }", operationName = "C" }),
        ["too_deep"] = () => Requests.Post(new { query = Nested(8) }),
        ["too_costly"] = () => Requests.Post(new
        {
            query = "{ countries(first: 500) { nodes { targetedBy(first: 500) { nodes { targets(first: 500) { nodes { id } } } } } } }",
        }),
        ["too_many_aliases"] = () => Requests.Post(new { query = "{ " + string.Join(' ', Enumerable.Range(0, 31).Select(i => $"a{i}: __typename")) + " }" }),
        ["too_many_tokens"] = () => Requests.Post(new { query = "{ " + string.Join(' ', Enumerable.Repeat("__typename", 5_001)) + " }" }),
        ["persisted_query_not_found"] = () => Requests.Post(new
        {
            extensions = new { persistedQuery = new { version = 1, sha256Hash = new string('a', 64) } },
        }),
        ["persisted_query_version_is_not_1"] = () => Requests.Post(new
        {
            extensions = new { persistedQuery = new { version = "two", sha256Hash = new string('a', 64) } },
        }),
        ["persisted_query_hash_mismatch"] = () => Requests.Post(new
        {
            query = "{ __typename }",
            extensions = new { persistedQuery = new { version = 1, sha256Hash = new string('b', 64) } },
        }),
    };

    public static TheoryData<string> CaseNames => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task A_bad_request_gets_the_reviewed_status_and_error(string name)
    {
        var response = await server.SendAsync(Cases[name]());

        Snapshot.Match(response.ToSnapshot(), SnapshotNameExtension.Create(name));
    }

    /// <summary>A query nested <paramref name="levels"/> relationship pairs deep: 4 * levels + 3 selections.</summary>
    private static string Nested(int levels)
    {
        var inner = "id";
        for (var i = 0; i < levels; i++)
        {
            inner = $"targetedBy {{ nodes {{ targets {{ nodes {{ {inner} }} }} }} }}";
        }

        return $"{{ countries(first: 1) {{ nodes {{ {inner} }} }} }}";
    }
}
