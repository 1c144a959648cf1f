using System.Globalization;
using System.Text.Json;
using GraphServer.Model;

namespace GraphServer.Seed.Tests.Articles;

/// <summary>The seed file's provenance rules (SPEC: provenance is graph; the seed format): read from the file itself.</summary>
public sealed class SeedProvenanceTests
{
    private const string SyntheticSource = "source:graphserver-synthetic-demo";

    /// <summary>Source urls opened and checked; none can be opened from where the seed is written, so none is kept.</summary>
    private static readonly HashSet<string> VerifiedUrls = [];

    private static readonly string[] DateProperties = ["date", "asOf", "firstSeen", "publishedAt", "validFrom", "validTo"];

    private static IEnumerable<JsonElement> Facts => SeedJson.Nodes.Where(n => !SeedJson.IsSource(n)).Concat(SeedJson.Relationships);

    [Fact]
    public void Every_node_but_source_and_every_relationship_cites_at_least_one_source_of_the_seed()
    {
        var missing = Facts
            .Select(f => (Record: SeedJson.Describe(f), Cited: SeedJson.Citations(f)))
            .SelectMany(f => f.Cited.Count == 0
                ? [$"{f.Record} cites nothing"]
                : f.Cited.Where(c => SeedJson.Node(c.Id) is not JsonElement s || !SeedJson.IsSource(s))
                    .Select(c => $"{f.Record} cites unknown {c.Id}"))
            .ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void Every_fact_says_how_well_it_is_established_and_no_record_keeps_source_ids()
    {
        Assert.Empty(Facts.Where(f => SeedJson.Value(f, "confidence") is not { } c || !CommonProperties.ConfidenceLevels.Contains(c))
            .Select(SeedJson.Describe));
        Assert.Empty(SeedJson.Nodes.Concat(SeedJson.Relationships)
            .Where(r => r.TryGetProperty("sourceIds", out _))
            .Select(SeedJson.Describe));
    }

    [Fact]
    public void No_source_carries_a_url_that_was_not_verified()
    {
        var unverified = SeedJson.Nodes.Where(SeedJson.IsSource)
            .Where(s => SeedJson.Text(s, "url") is { } url && !VerifiedUrls.Contains(url))
            .Select(SeedJson.Describe);

        Assert.Empty(unverified);
    }

    [Fact]
    public void Every_date_is_a_real_full_or_partial_iso_date()
    {
        var invalid = SeedJson.Nodes.Concat(SeedJson.Relationships)
            .SelectMany(r => DateProperties.Select(p => (Record: r, Property: p, Value: SeedJson.Text(r, p))))
            .Where(d => d.Value is not null && !IsIsoDate(d.Value))
            .Select(d => $"{SeedJson.Describe(d.Record)}.{d.Property} = {d.Value}");

        Assert.Empty(invalid);
    }

    [Theory]
    [InlineData("2024", true)]
    [InlineData("2024-11", true)]
    [InlineData("2024-02-29", true)]
    [InlineData("2025-02-29", false)]
    [InlineData("2024-13", false)]
    [InlineData("24-11-05", false)]
    [InlineData("2024-11-05T10:00", false)]
    public void The_date_rule_takes_year_month_and_day_precision_and_nothing_else(string value, bool valid) =>
        Assert.Equal(valid, IsIsoDate(value));

    [Fact]
    public void Every_claim_metric_is_in_the_vocabulary_and_every_metric_there_is_described()
    {
        var unknown = SeedJson.Nodes.Where(n => SeedJson.Text(n, "label") == "Claim")
            .Where(c => !ClaimMetrics.Names.Contains(SeedJson.Text(c, "metric")!))
            .Select(c => $"{SeedJson.Describe(c)}: {SeedJson.Text(c, "metric")}");

        Assert.Empty(unknown);
        Assert.All(ClaimMetrics.All, m => Assert.Matches("^[a-z]+(_[a-z]+)*$", m.Name));
        Assert.All(ClaimMetrics.All, m => Assert.False(string.IsNullOrWhiteSpace(m.Description), m.Name));
        Assert.Equal(ClaimMetrics.Names.Count, ClaimMetrics.Names.Distinct().Count());
    }

    [Fact]
    public void Synthetic_records_cite_only_the_synthetic_source_and_real_records_never_do()
    {
        var mixed = SeedJson.Nodes.Where(n => !SeedJson.IsSource(n))
            .Where(n => SeedJson.IsSynthetic(n) != SeedJson.Citations(n).All(c => c.Id == SyntheticSource))
            .Select(SeedJson.Describe)
            .Concat(SeedJson.Relationships
                .Where(r => IsSyntheticEnd(r, "from") != SeedJson.Citations(r).All(c => c.Id == SyntheticSource))
                .Select(SeedJson.Describe));

        Assert.Empty(mixed);
        Assert.True(SeedJson.IsSynthetic(SeedJson.Node(SyntheticSource)!.Value));
    }

    [Fact]
    public void At_least_two_synthetic_chains_run_from_recruiter_to_an_outcome_event()
    {
        var outcomes = new HashSet<string> { "capture", "death", "surrender", "desertion" };
        var complete = SeedJson.Nodes.Where(n => SeedJson.Text(n, "label") == "Fighter" && SeedJson.IsSynthetic(n))
            .Select(n => SeedJson.Text(n, "id")!)
            .Where(fighter =>
            {
                var recruiters = Incoming("RECRUITED", fighter);
                var offers = Outgoing("ANSWERED", fighter).Where(o => Incoming("PLACED", o).Intersect(recruiters).Any()).ToList();
                var advertised = offers.Any(o => Outgoing("ADVERTISED_ON", o).Any());
                var units = SeedJson.Relationships
                    .Where(r => SeedJson.Text(r, "type") == "SERVED_IN" && SeedJson.Text(r, "from") == fighter)
                    .Where(r => SeedJson.Text(r, "role") is not null)
                    .Select(r => SeedJson.Text(r, "to")!);
                var deployed = units.Any(u => Outgoing("DEPLOYED_TO", u).Any());
                var outcome = Outgoing("SUBJECT_OF", fighter)
                    .Any(e => outcomes.Contains(SeedJson.Text(SeedJson.Node(e)!.Value, "kind")!) && Outgoing("AT", e).Any());
                return offers.Count > 0 && advertised && deployed && outcome;
            })
            .ToList();

        Assert.True(complete.Count >= 2, $"complete synthetic chains: {string.Join(", ", complete)}");
    }

    private static bool IsSyntheticEnd(JsonElement relationship, string end) =>
        SeedJson.Node(SeedJson.Text(relationship, end)!) is JsonElement node && SeedJson.IsSynthetic(node);

    private static IEnumerable<string> Outgoing(string type, string from) => SeedJson.Relationships
        .Where(r => SeedJson.Text(r, "type") == type && SeedJson.Text(r, "from") == from).Select(r => SeedJson.Text(r, "to")!);

    private static IEnumerable<string> Incoming(string type, string to) => SeedJson.Relationships
        .Where(r => SeedJson.Text(r, "type") == type && SeedJson.Text(r, "to") == to).Select(r => SeedJson.Text(r, "from")!);

    private static bool IsIsoDate(string value) => DateOnly.TryParseExact(
        value, ["yyyy", "yyyy-MM", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
}
