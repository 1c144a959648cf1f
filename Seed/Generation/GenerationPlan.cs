namespace GraphServer.Seed.Generation;

/// <summary>
/// How many records of each label a generated graph of <see cref="Nodes"/> nodes has. The mix follows the shape of the
/// reporting: many fighters, fewer events, a long tail of offers and channels, few recruiters, units and places.
/// </summary>
internal sealed record GenerationPlan(long Nodes, long Sources, long Recruiters, long Channels, long Locations, long Units, long Offers, long Events)
{
    /// <summary>Below this the shares round to nothing and the shape means little.</summary>
    public const long MinimumNodes = 50;

    public long Fighters => Nodes - Sources - Recruiters - Channels - Locations - Units - Offers - Events;

    public static GenerationPlan For(long nodes)
    {
        if (nodes < MinimumNodes)
        {
            throw new ArgumentOutOfRangeException(nameof(nodes), nodes, $"--nodes must be at least {MinimumNodes}.");
        }

        return new GenerationPlan(
            nodes,
            Sources: Share(nodes, 10_000),
            Recruiters: Share(nodes, 100),
            Channels: Share(nodes, 50),
            Locations: Share(nodes, 200),
            Units: Share(nodes, 200),
            Offers: Share(nodes, 20),
            Events: nodes * 15 / 100);
    }

    /// <summary>The order records are written in: every relationship's endpoints are written before it, or with it.</summary>
    public IReadOnlyList<(string Label, long Count)> Phases =>
    [
        (Labels.Source, Sources),
        (Labels.Recruiter, Recruiters),
        (Labels.AdChannel, Channels),
        (Labels.Location, Locations),
        (Labels.Unit, Units),
        (Labels.Offer, Offers),
        (Labels.Fighter, Fighters),
        (Labels.Event, Events),
    ];

    private static long Share(long nodes, long onePer) => Math.Max(1, nodes / onePer);
}
