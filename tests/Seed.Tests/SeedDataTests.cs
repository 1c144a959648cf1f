using GraphServer.Model;
using GraphServer.Seed.Loading;
using GraphServer.Store.Validation;

namespace GraphServer.Seed.Tests;

/// <summary>
/// The seed as the loader reads it: valid against the model, no personal fields, the headline figures. Its provenance
/// (sources on every fact, synthetic kept apart) is checked on the file itself in Articles/SeedProvenanceTests.
/// </summary>
public sealed class SeedDataTests
{
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
