using System.Text.RegularExpressions;
using GraphServer.Model;
using GraphServer.Seed.Generation;
using GraphServer.Seed.Tests.Support;
using GraphServer.Store;
using GraphServer.Store.Validation;

namespace GraphServer.Seed.Tests.Generation;

public sealed partial class SyntheticGraphTests
{
    private const long Nodes = 2_000;

    [Fact]
    public void The_same_seed_gives_the_same_first_batches()
    {
        var first = FirstBatches(new SyntheticGraph(Nodes, seed: 7), count: 6);
        var second = FirstBatches(new SyntheticGraph(Nodes, seed: 7), count: 6);

        Assert.True(first.Count > 100);
        Assert.Equal(first, second);
    }

    [Fact]
    public void A_different_seed_gives_the_same_ids_with_different_values()
    {
        var seven = Generated(new SyntheticGraph(Nodes, seed: 7), 500);
        var eight = Generated(new SyntheticGraph(Nodes, seed: 8), 500);

        Assert.Equal(seven.Nodes.Select(n => n.Id), eight.Nodes.Select(n => n.Id));
        Assert.NotEqual(Canonical.Lines(seven), Canonical.Lines(eight));
        var differing = seven.Nodes.Zip(eight.Nodes).Count(p => Canonical.Lines(new([p.First], [])).Single() != Canonical.Lines(new([p.Second], [])).Single());
        Assert.True(differing > seven.Nodes.Count / 2, $"only {differing} of {seven.Nodes.Count} nodes differ");
    }

    [Fact]
    public void Records_do_not_depend_on_the_batch_size()
    {
        var graph = new SyntheticGraph(500, seed: 3);

        var small = graph.Batches(0, 7).SelectMany(b => Canonical.Lines(b.Changes)).Order(StringComparer.Ordinal);
        var large = graph.Batches(0, 10_000).SelectMany(b => Canonical.Lines(b.Changes)).Order(StringComparer.Ordinal);

        Assert.Equal(large, small);
    }

    [Fact]
    public void A_run_resumed_at_any_position_continues_with_the_records_an_uninterrupted_run_writes_there()
    {
        var graph = new SyntheticGraph(500, seed: 3);
        var whole = graph.Batches(0, 50).ToList();
        var resumeAt = whole[4].End;

        var resumed = graph.Batches(resumeAt, 50).SelectMany(b => Canonical.Lines(b.Changes));

        Assert.Equal(whole.Skip(5).SelectMany(b => Canonical.Lines(b.Changes)), resumed);
    }

    [Fact]
    public async Task The_whole_graph_satisfies_the_model_with_every_endpoint_written_before_or_with_its_relationship()
    {
        var validator = new ChangeSetValidator(RecruitmentModel.Instance);
        var stored = new Dictionary<string, string>(StringComparer.Ordinal);
        var graph = new SyntheticGraph(Nodes, seed: 11);

        foreach (var batch in graph.Batches(0, 300))
        {
            // The validator throws on an endpoint that is neither in the batch nor among the nodes written before it.
            await validator.ValidateAsync(batch.Changes, ids => Task.FromResult<IReadOnlyDictionary<string, string>>(
                ids.Where(stored.ContainsKey).ToDictionary(id => id, id => stored[id])));
            foreach (var node in batch.Changes.Nodes)
            {
                stored[node.Id] = node.Label;
            }
        }

        Assert.Equal(Nodes + SeedNodeCount, stored.Count);
    }

    [Fact]
    public void Every_generated_record_is_synthetic_cites_a_generated_source_and_is_named_by_a_code()
    {
        var generated = Generated(new SyntheticGraph(Nodes, seed: 5), int.MaxValue);
        var sources = generated.Nodes.Where(n => n.Label == Labels.Source).Select(n => n.Id).ToHashSet();

        Assert.Equal(Nodes, generated.Nodes.Count);
        Assert.All(generated.Nodes, n => Assert.Equal(true, n[CommonProperties.Synthetic]));
        // A node cites through CITES edges to Source nodes; a relationship carries its sources in sourceIds.
        var citesType = RecruitmentModel.Instance.Citation!.Type;
        var cited = generated.Edges.Where(e => e.Type == citesType).ToLookup(e => e.FromId, e => e.ToId, StringComparer.Ordinal);
        Assert.All(generated.Nodes.Where(n => n.Label != Labels.Source), n =>
        {
            Assert.NotEmpty(cited[n.Id]);
            Assert.Subset(sources, cited[n.Id].ToHashSet());
        });
        Assert.All(generated.Nodes.Where(n => n.Label == Labels.Source), n => Assert.Empty(cited[n.Id]));
        Assert.All(generated.Nodes, n => Assert.False(n.Properties.ContainsKey(CommonProperties.SourceIds)));
        Assert.All(generated.Edges.Where(e => e.Type != citesType), e =>
        {
            var ids = (string[])e.Properties[CommonProperties.SourceIds]!;
            Assert.NotEmpty(ids);
            Assert.Subset(sources, ids.ToHashSet());
        });
        Assert.All(generated.Nodes.Where(n => n.Label == Labels.Fighter), f => Assert.Matches(FighterAlias(), (string)f["alias"]!));
        Assert.All(generated.Nodes.Where(n => n.Label == Labels.Recruiter), r => Assert.Matches(RecruiterName(), (string)r["name"]!));
        Assert.All(generated.Nodes, n => Assert.Matches(GeneratedId(), n.Id));
    }

    [Fact]
    public void Every_label_of_the_plan_is_present_and_offers_target_only_real_countries_of_the_seed()
    {
        var generated = Generated(new SyntheticGraph(Nodes, seed: 5), int.MaxValue);
        var seedCountries = Loading.SeedData.Read().Nodes.Where(n => n.Label == Labels.Country).Select(n => n.Id).ToHashSet();

        Assert.Equal(
            ["AdChannel", "Event", "Fighter", "Location", "Offer", "Recruiter", "Source", "Unit"],
            generated.Nodes.Select(n => n.Label).Distinct().Order(StringComparer.Ordinal));
        var targeted = generated.Edges.Where(e => e.Type is Labels.Targets or Labels.CitizenOf).Select(e => e.ToId).ToHashSet();
        Assert.Subset(seedCountries, targeted);
        Assert.DoesNotContain("country:UA", targeted);
        Assert.True(targeted.Count >= 5, $"offers target only {targeted.Count} countries");
    }

    [Fact]
    public void Degrees_are_skewed_a_few_recruiters_recruit_most_and_most_fighters_answer_one_offer()
    {
        var generated = Generated(new SyntheticGraph(20_000, seed: 9), int.MaxValue);
        var recruits = generated.Edges.Where(e => e.Type == Labels.Recruited).GroupBy(e => e.FromId).Select(g => g.Count()).OrderDescending().ToList();
        var answered = generated.Edges.Where(e => e.Type == Labels.Answered).GroupBy(e => e.FromId).Select(g => g.Count()).ToList();
        var fighters = generated.Nodes.Count(n => n.Label == Labels.Fighter);

        var topTenth = recruits.Take(recruits.Count / 10).Sum();
        Assert.True(topTenth > recruits.Sum() / 2, $"the top tenth of recruiters recruited {topTenth} of {recruits.Sum()}");
        Assert.Equal(fighters, answered.Count);
        Assert.InRange(answered.Count(c => c == 1) / (double)fighters, 0.85, 0.95);
    }

    [Fact]
    public void A_fighters_status_agrees_with_its_event()
    {
        var generated = Generated(new SyntheticGraph(Nodes, seed: 4), int.MaxValue);
        var status = generated.Nodes.Where(n => n.Label == Labels.Fighter).ToDictionary(n => n.Id, n => (string)n["status"]!);
        var kind = generated.Nodes.Where(n => n.Label == Labels.Event).ToDictionary(n => n.Id, n => (string)n["kind"]!);
        var expected = new Dictionary<string, string> { ["capture"] = "captured", ["surrender"] = "captured", ["death"] = "killed", ["exchange"] = "repatriated" };

        var subjects = generated.Edges.Where(e => e.Type == Labels.SubjectOf).ToList();

        Assert.Equal(kind.Count, subjects.Count);
        Assert.All(subjects, e => Assert.Equal(expected[kind[e.ToId]], status[e.FromId]));
        Assert.Equal(subjects.Count, subjects.Select(e => e.FromId).Distinct().Count());
    }

    [Fact]
    public void Every_label_and_relationship_type_the_generator_writes_is_declared_in_the_model()
    {
        var model = RecruitmentModel.Instance;
        var constants = typeof(Labels).GetFields().Select(f => (string)f.GetRawConstantValue()!).ToList();

        Assert.All(constants, name => Assert.True(model.FindNode(name) is not null || model.FindRelationship(name) is not null, name));
    }

    private static int SeedNodeCount => Loading.SeedData.Read().Nodes.Count;

    private static List<string> FirstBatches(SyntheticGraph graph, int count) =>
        graph.Batches(0, 100).Take(count).SelectMany(b => Canonical.Lines(b.Changes)).ToList();

    /// <summary>The generated records (the seed batch left out), whole batches until at least <paramref name="nodes"/> nodes.</summary>
    private static ChangeSet Generated(SyntheticGraph graph, int nodes)
    {
        var (allNodes, allEdges) = (new List<GraphNode>(), new List<GraphEdge>());
        foreach (var batch in graph.Batches(1, 1_000).TakeWhile(_ => allNodes.Count < nodes))
        {
            allNodes.AddRange(batch.Changes.Nodes);
            allEdges.AddRange(batch.Changes.Edges);
        }

        return new ChangeSet(allNodes, allEdges);
    }

    [GeneratedRegex(@"^Fighter-GEN-\d{6}$")]
    private static partial Regex FighterAlias();

    [GeneratedRegex(@"^Recruiter-GEN-\d{6}$")]
    private static partial Regex RecruiterName();

    [GeneratedRegex(@"^[a-z]+:gen-\d{6}$")]
    private static partial Regex GeneratedId();
}
