using System.Net.Http.Headers;
using GraphServer.Api.Access;
using GraphServer.Api.Hosting;
using GraphServer.Api.Tests.EndToEnd;
using GraphServer.Model;
using GraphServer.Store;
using GraphServer.Store.Access;
using Microsoft.Extensions.DependencyInjection;

namespace GraphServer.Api.Tests.Access;

/// <summary>
/// One server with auth on (the local test key) and, beside the seed, one synthetic node per label that has personal
/// properties, every personal property set to a value found nowhere else (made from the model), and a group of
/// synthetic fighters by status where some groups are below the small-count threshold.
/// </summary>
public sealed class AccessServer : IAsyncLifetime
{
    public const string SmallGroupStatus = "missing";
    public const string LargeGroupStatus = "deserted";

    public GraphServerFactory Factory { get; } = new(TestTokens.AuthOn());

    public HttpClient Client { get; private set; } = null!;

    public static IReadOnlyList<PersonalCase> Cases { get; } = PersonalCase.FromModel(RecruitmentModel.Instance);

    public async Task InitializeAsync()
    {
        Client = Factory.CreateClient();
        var store = Factory.Services.GetRequiredService<GraphStoreHolder>().Store;
        var source = SeedExpectations.Nodes("Source").First().Id;
        var nodes = Cases.GroupBy(c => c.NodeId).Select(g => PersonalCase.Node(g.First().Type, g.Key)).ToList();
        var fighter = RecruitmentModel.Instance.GetNode("Fighter");
        nodes.AddRange(Enumerable.Range(0, 2).Select(i => Fighter(fighter, $"fighter:access-small-{i}", SmallGroupStatus)));
        nodes.AddRange(Enumerable.Range(0, 6).Select(i => Fighter(fighter, $"fighter:access-large-{i}", LargeGroupStatus)));
        await store.ApplyAsync(new ChangeSet(nodes, [.. nodes.Select(n => PersonalCase.Cites(n.Id, source))]));
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
    }

    public Task<(HttpResponseMessage Response, System.Text.Json.Nodes.JsonNode Body)> AsAsync(
        string role, string query, object? variables = null) =>
        AuthenticatedClient.PostAsync(Client, query, bearer: TestTokens.For(role), variables: variables);

    public async Task<(int Status, string Body)> ExportAsAsync(string role, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.For(role));
        using var response = await Client.SendAsync(request);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    public async Task<IAccessStore> AccessStoreAsync() => await Factory.Services.GetRequiredService<AccessStoreHolder>().GetAsync();

    private static GraphNode Fighter(NodeType type, string id, string status)
    {
        var node = PersonalCase.Node(type, id);
        var properties = new Dictionary<string, object?>(node.Properties) { ["status"] = status };
        foreach (var personal in type.Properties.Where(p => p.IsPersonal))
        {
            properties.Remove(personal.Name);
        }

        return node with { Properties = properties };
    }
}
