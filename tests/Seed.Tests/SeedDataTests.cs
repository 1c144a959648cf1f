using GraphServer.Model;
using GraphServer.Seed.Loading;
using GraphServer.Store.Validation;

namespace GraphServer.Seed.Tests;

/// <summary>The seed's own ethics and integrity: sourced facts, synthetic records kept apart from real reporting.</summary>
public sealed class SeedDataTests
{
    private const string SyntheticSource = "source:graphserver-synthetic-demo";
    private static readonly Store.ChangeSet Seed = SeedData.Read();

    [Fact]
    public async Task The_seed_satisfies_the_model_with_every_endpoint_inside_the_seed()
    {
        var validator = new ChangeSetValidator(RecruitmentModel.Instance);

        var valid = await validator.ValidateAsync(Seed, _ => Task.FromResult<IReadOnlyDictionary<string, string>>(new Dictionary<string, string>()));

        Assert.Equal(Seed.Nodes.Count, valid.Nodes.Count);
        Assert.Equal(Seed.Edges.Count, valid.Edges.Count);
    }

    [Fact]
    public void Every_cited_source_is_a_source_node_of_the_seed()
    {
        var sources = Seed.Nodes.Where(n => n.Label == "Source").Select(n => n.Id).ToHashSet();
        var cited = Seed.Nodes.Select(n => n.Properties).Concat(Seed.Edges.Select(e => e.Properties))
            .SelectMany(p => p.GetValueOrDefault(CommonProperties.SourceIds) as object[] ?? []).Cast<string>();

        Assert.All(cited, id => Assert.Contains(id, sources));
    }

    [Fact]
    public void Synthetic_records_cite_only_the_synthetic_source_and_real_ones_never_do()
    {
        foreach (var node in Seed.Nodes.Where(n => n.Label != "Source"))
        {
            var sources = ((object[])node.Properties[CommonProperties.SourceIds]!).Cast<string>().ToList();
            var synthetic = node.Properties.GetValueOrDefault(CommonProperties.Synthetic) is true;
            Assert.True(synthetic == sources.All(s => s == SyntheticSource), $"{node.Id} mixes synthetic and real provenance");
        }
    }

    [Fact]
    public void Fighters_are_synthetic_or_pseudonymous_and_never_carry_personal_fields()
    {
        var personal = RecruitmentModel.Instance.GetNode("Fighter").Properties.Where(p => p.IsPersonal).Select(p => p.Name).ToList();

        Assert.All(Seed.Nodes.Where(n => n.Label == "Fighter"), f => Assert.DoesNotContain(f.Properties.Keys, personal.Contains));
    }

    [Fact]
    public void The_headline_figures_of_the_pow_headquarters_are_there_as_separate_claims()
    {
        var values = Seed.Nodes.Where(n => n.Label == "Claim").Select(n => Convert.ToDouble(n.Properties["value"], System.Globalization.CultureInfo.InvariantCulture)).ToList();

        Assert.Contains(18000.0, values);
        Assert.Contains(3388.0, values);
        Assert.Contains(1436.0, values);
    }
}
