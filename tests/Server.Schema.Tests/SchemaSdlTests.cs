using System.Text.RegularExpressions;
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
    public void No_personal_property_appears_in_the_sdl_of_any_type_of_a_label_that_carries_one()
    {
        var schema = GraphSchemaFactory.Create(RecruitmentModel.Instance, new UnusedStore());
        var sdl = schema.Print(new GraphQL.Utilities.PrintOptions { IncludeDescriptions = false });
        var blocks = Regex.Matches(sdl, @"^(?:type|input|interface) (\w+)[^{]*\{(.*?)^\}", RegexOptions.Multiline | RegexOptions.Singleline)
            .ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value, StringComparer.Ordinal);
        var personal = RecruitmentModel.Instance.NodeTypes
            .SelectMany(t => t.Properties.Where(p => p.IsPersonal).Select(p => (t.Label, p.Name)))
            .ToList();

        Assert.Contains(personal, p => p == ("Fighter", "dateOfBirth"));
        Assert.Contains(personal, p => p == ("Recruiter", "contact"));
        foreach (var (label, property) in personal)
        {
            // The object type, its filter and sort inputs, its connections and edges: everything named after the label.
            var ofLabel = blocks.Where(b => b.Key.StartsWith(label, StringComparison.Ordinal)).ToList();
            Assert.Contains(ofLabel, b => b.Key == label);
            Assert.Contains(ofLabel, b => b.Key == label + "FilterInput");
            Assert.Contains(ofLabel, b => b.Key == label + "SortInput");
            foreach (var (name, body) in ofLabel)
            {
                Assert.False(
                    Regex.IsMatch(body, $@"^\s*{property}(Precision)?\s*[:(]", RegexOptions.Multiline),
                    $"{name} has a field for the personal property {label}.{property}.");
            }
        }

        // The same names stay where a non-personal property of another label carries them (Recruiter.name).
        Assert.Matches(@"(?m)^\s*name: String!", blocks["Recruiter"]);
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
