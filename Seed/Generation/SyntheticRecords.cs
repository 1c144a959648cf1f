using System.Globalization;
using GraphServer.Model;
using GraphServer.Seed.Loading;
using GraphServer.Store;

namespace GraphServer.Seed.Generation;

/// <summary>
/// Builds generated record number <c>index</c> of a label, with the relationships that lead into or out of it towards
/// records written earlier. Pure functions of (seed, index): nothing is remembered between calls, so memory stays flat.
/// </summary>
internal sealed partial class SyntheticRecords(GenerationPlan plan, long seed, IReadOnlyList<string> targetCountries, string? captorCountry)
{
    public const string IdPrefix = "gen-";
    private static readonly DateOnly Epoch = new(2023, 1, 1);
    private readonly StableRandom _random = new(seed);

    public static string Id(string label, long index) =>
        $"{label.ToLowerInvariant()}:{IdPrefix}{index.ToString("D6", CultureInfo.InvariantCulture)}";

    public void Add(string label, long index, List<GraphNode> nodes, List<GraphEdge> edges)
    {
        var before = nodes.Count;
        switch (label)
        {
            case Labels.Source: nodes.Add(Source(index)); break;
            case Labels.Recruiter: nodes.Add(Recruiter(index)); break;
            case Labels.AdChannel: AddChannel(index, nodes, edges); break;
            case Labels.Location: nodes.Add(Location(index)); break;
            case Labels.Unit: AddUnit(index, nodes, edges); break;
            case Labels.Offer: AddOffer(index, nodes, edges); break;
            case Labels.Fighter: AddFighter(index, nodes, edges); break;
            case Labels.Event: AddEvent(index, nodes, edges); break;
            default: throw new ArgumentOutOfRangeException(nameof(label), label, "The generator has no records of this label.");
        }

        // Every generated fact cites a generated Source (written earlier: sources come first in the plan) through CITES.
        foreach (var node in nodes.Skip(before).Where(n => n.Label != Labels.Source))
        {
            edges.Add(new GraphEdge(RecruitmentModel.Instance.Citation!.Type, node.Id, SourceOf(label, index),
                new Dictionary<string, object?> { [CommonProperties.Quote] = null }));
        }
    }

    private GraphNode Source(long index) => new(Id(Labels.Source, index), Labels.Source, new Dictionary<string, object?>
    {
        ["publisher"] = "GraphServer synthetic generator",
        ["title"] = $"Generated records, set {index + 1} (synthetic; describes no real case)",
        ["kind"] = "research",
        [CommonProperties.Synthetic] = true,
    });

    private GraphNode Recruiter(long index) => Node(Labels.Recruiter, index, new()
    {
        ["name"] = $"Recruiter-GEN-{index:D6}",
        ["kind"] = Choices.RecruiterKinds.Pick(_random.Unit(Draw.RecruiterKind, index)),
    });

    private void AddChannel(long index, List<GraphNode> nodes, List<GraphEdge> edges)
    {
        var id = Id(Labels.AdChannel, index);
        nodes.Add(Node(Labels.AdChannel, index, new()
        {
            ["platform"] = Choices.Platforms.Pick(_random.Unit(Draw.ChannelPlatform, index)),
            ["handle"] = $"@gen_channel_{index:D6}",
            ["language"] = Choices.Languages.Pick(_random.Unit(Draw.ChannelLanguage, index)),
        }));
        var owner = _random.Skewed(plan.Recruiters, 3, Draw.ChannelOwner, index);
        edges.Add(Edge(Labels.Operates, Id(Labels.Recruiter, owner), id, Labels.AdChannel, index));
    }

    private GraphNode Location(long index) => Node(Labels.Location, index, new()
    {
        ["name"] = $"Location-GEN-{index:D5}",
        ["kind"] = Choices.LocationKinds.Pick(_random.Unit(Draw.LocationKind, index)),
        // Inside the band of eastern Ukraine and western Russia where the front runs; points are fictional.
        ["latitude"] = Math.Round(46.5 + 5 * _random.Unit(Draw.Latitude, index), 4),
        ["longitude"] = Math.Round(33 + 7 * _random.Unit(Draw.Longitude, index), 4),
    });

    private void AddUnit(long index, List<GraphNode> nodes, List<GraphEdge> edges)
    {
        var id = Id(Labels.Unit, index);
        nodes.Add(Node(Labels.Unit, index, new()
        {
            ["name"] = $"Unit-GEN-{index:D5}",
            ["kind"] = Choices.UnitKinds.Pick(_random.Unit(Draw.UnitKind, index)),
        }));
        var count = 1 + _random.Below(3, Draw.UnitLocationCount, index);
        foreach (var location in Distinct(count, k => _random.Skewed(plan.Locations, 1.5, Draw.UnitLocation, index, k)))
        {
            edges.Add(Edge(Labels.DeployedTo, id, Id(Labels.Location, location), Labels.Unit, index));
        }
    }

    private Dictionary<string, object?> Common(string label, long index) => new(StringComparer.Ordinal)
    {
        [CommonProperties.Synthetic] = true,
        [CommonProperties.Confidence] = "claimed",
    };

    private GraphNode Node(string label, long index, Dictionary<string, object?> properties)
    {
        var all = Common(label, index);
        foreach (var (name, value) in properties)
        {
            all[name] = value;
        }

        return new GraphNode(Id(label, index), label, all);
    }

    /// <summary>A relationship citing the same generated source as the record it is written with.</summary>
    private GraphEdge Edge(string type, string from, string to, string ownerLabel, long ownerIndex, string? role = null)
    {
        var properties = Common(ownerLabel, ownerIndex);
        properties.Remove(CommonProperties.Synthetic); // relationships declare no synthetic flag; their endpoints carry it
        properties[CommonProperties.SourceIds] = new[] { SourceOf(ownerLabel, ownerIndex) };
        properties[CommonProperties.Quotes] = new[] { string.Empty };
        if (role is not null)
        {
            properties["role"] = role;
        }

        return new GraphEdge(type, from, to, properties);
    }

    private string SourceOf(string label, long index) =>
        Id(Labels.Source, _random.Below(plan.Sources, Draw.SourceFor, index, LabelSalt(label)));

    /// <summary>FNV-1a of the label: a stable number (string.GetHashCode changes per process) so labels draw apart.</summary>
    private static int LabelSalt(string label)
    {
        var hash = 2166136261u;
        foreach (var c in label)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash & 0x7FFFFFFF);
    }

    private static string Date(long daysAfterEpoch) =>
        Epoch.AddDays((int)daysAfterEpoch).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Up to <paramref name="count"/> distinct picks; a repeated pick is dropped (relationships are unique per pair).</summary>
    private static List<long> Distinct(long count, Func<int, long> pick)
    {
        var picks = new List<long>((int)count);
        for (var k = 0; k < count; k++)
        {
            var value = pick(k);
            if (!picks.Contains(value))
            {
                picks.Add(value);
            }
        }

        return picks;
    }
}
