using GraphQL;
using GraphServer.Model;
using GraphServer.Store;
using Snapshooter.Xunit;

namespace GraphServer.Schema.Tests;

public sealed class SchemaSdlTests
{
    [Fact]
    public void The_generated_schema_matches_its_reviewed_snapshot()
    {
        var schema = GraphSchemaFactory.Create(RecruitmentModel.Instance, new UnusedStore());

        var sdl = schema.Print(new GraphQL.Utilities.PrintOptions { IncludeDescriptions = true });

        Snapshot.Match(sdl);
    }

    [Fact]
    public void Every_node_type_of_the_model_has_a_collection_a_lookup_and_a_sort_input()
    {
        var schema = GraphSchemaFactory.Create(RecruitmentModel.Instance, new UnusedStore());

        foreach (var type in RecruitmentModel.Instance.NodeTypes)
        {
            Assert.NotNull(schema.Query.GetField(type.CollectionName));
            Assert.NotNull(schema.Query.GetField(char.ToLowerInvariant(type.Label[0]) + type.Label[1..]));
            Assert.NotNull(schema.AllTypes[type.Label + "SortInput"]);
            Assert.NotNull(schema.AllTypes[type.Label + "Connection"]);
        }
    }

    [Fact]
    public void Personal_properties_can_be_neither_filtered_nor_sorted_on()
    {
        var schema = GraphSchemaFactory.Create(RecruitmentModel.Instance, new UnusedStore());
        var personal = RecruitmentModel.Instance.NodeTypes.SelectMany(t => t.Properties.Where(p => p.IsPersonal).Select(p => (t.Label, p.Name))).ToList();

        Assert.NotEmpty(personal);
        foreach (var (label, property) in personal)
        {
            Assert.Null(((GraphQL.Types.IComplexGraphType)schema.AllTypes[label + "SortInput"]!).GetField(property));
            Assert.Null(((GraphQL.Types.IComplexGraphType)schema.AllTypes[label + "FilterInput"]!).GetField(property));
            Assert.NotNull(((GraphQL.Types.IComplexGraphType)schema.AllTypes[label]!).GetField(property));
        }
    }

    /// <summary>Printing the schema resolves nothing; any call here is a bug in the test.</summary>
    private sealed class UnusedStore : IGraphStore
    {
        public string Name => "unused";

        public Task InitializeAsync(CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<bool> PingAsync(CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<long> CountNodesAsync(CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<IReadOnlyList<GraphNode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public Task<NodePage> FindNodesAsync(NodeQuery query, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<IReadOnlyList<Neighbour>> GetNeighboursAsync(NeighbourQuery query, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public Task<IReadOnlyList<FoundPath>> FindPathsAsync(PathQuery query, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public Task<Subgraph> GetNeighbourhoodAsync(NeighbourhoodQuery query, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public Task<IReadOnlyList<AggregateBucket>> AggregateAsync(AggregateQuery query, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public Task ApplyAsync(ChangeSet changes, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
