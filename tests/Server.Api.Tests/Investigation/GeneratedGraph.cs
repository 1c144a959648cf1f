using GraphServer.Api.Hosting;
using GraphServer.Api.Tests.EndToEnd;
using GraphServer.Api.Tests.Support;
using System.Collections;
using System.Reflection;
using GraphServer.Seed.Loading;
using GraphServer.Store;
using Microsoft.Extensions.DependencyInjection;

namespace GraphServer.Api.Tests.Investigation;

/// <summary>
/// A server on a graph from the Seed generator (fixed seed), written through the server's own store, with a call counter
/// around the store; the generated records stay in memory so tests can work out what the answers must be.
/// </summary>
internal sealed class GeneratedGraph : IAsyncDisposable
{
    public const long Seed = 42;

    private GeneratedGraph(GraphServerFactory factory, HttpClient client, CallCounter calls, List<GraphNode> nodes, List<GraphEdge> edges)
    {
        Factory = factory;
        Client = client;
        Calls = calls;
        Nodes = nodes.ToDictionary(n => n.Id, StringComparer.Ordinal);
        Edges = edges;
        Links = edges.Select(e => (e.Type, e.FromId, e.ToId)).ToHashSet();
    }

    public GraphServerFactory Factory { get; }

    public HttpClient Client { get; }

    public CallCounter Calls { get; }

    public IReadOnlyDictionary<string, GraphNode> Nodes { get; }

    public IReadOnlyList<GraphEdge> Edges { get; }

    public IReadOnlySet<(string Type, string From, string To)> Links { get; }

    /// <summary>Where a test writes what each request cost (time and store calls), if anywhere.</summary>
    public Action<string>? Log { get; set; }

    /// <param name="store"><c>embedded</c> or <c>neo4j</c> (the caller clears Neo4j and holds its lock).</param>
    public static async Task<GeneratedGraph> StartAsync(string store, long nodeCount)
    {
        var settings = store == "neo4j" ? GraphServerFactory.Neo4j() : GraphServerFactory.Embedded();
        settings["GRAPH_SEED"] = "none";
        var factory = new GraphServerFactory(settings);
        var client = factory.CreateClient();
        var target = factory.Services.GetRequiredService<GraphStoreHolder>().Store;
        var (nodes, edges) = (new List<GraphNode>(), new List<GraphEdge>());
        foreach (var changes in Generate(nodeCount))
        {
            await target.ApplyAsync(changes);
            nodes.AddRange(changes.Nodes);
            edges.AddRange(changes.Edges);
        }

        var calls = new CallCounter();
        StoreSwap.Wrap(factory, calls.Wrap);
        return new GeneratedGraph(factory, client, calls, nodes, edges);
    }

    /// <summary>
    /// The generator's batches, as <c>seed generate</c> writes them. The generator is internal to Seed, and opening Seed's
    /// internals to this project would make Seed's Program clash with the server's, so it is reached by reflection.
    /// </summary>
    private static IEnumerable<ChangeSet> Generate(long nodeCount)
    {
        var type = typeof(SeedData).Assembly.GetType("GraphServer.Seed.Generation.SyntheticGraph", throwOnError: true)!;
        var generator = Activator.CreateInstance(type, BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic, null,
            [nodeCount, Seed], null)!;
        var batches = (IEnumerable)type.GetMethod("Batches")!.Invoke(generator, [0L, 5_000])!;
        foreach (var batch in batches)
        {
            yield return (ChangeSet)batch.GetType().GetProperty("Changes")!.GetValue(batch)!;
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
    }
}
