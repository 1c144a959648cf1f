using GraphServer.Store;

namespace GraphServer.Seed.Generation;

/// <summary>Offers: who placed them, where they ran, whom they targeted, and what they promised.</summary>
internal sealed partial class SyntheticRecords
{
    private static readonly string[] Slogans =
    [
        "Well-paid security work abroad",
        "Contract service: monthly pay and a passport",
        "Stable job, free healthcare, visa arranged",
        "Be a real man!",
        "Work in Russia: housing and meals included",
    ];

    /// <summary>The recruiter behind an offer; fighters who answer it are recruited by the same one.</summary>
    private long RecruiterOfOffer(long offer) => _random.Skewed(plan.Recruiters, 3, Draw.OfferRecruiter, offer);

    private List<long> CountriesOfOffer(long offer) =>
        Distinct(1 + (_random.Chance(0.3, Draw.OfferCountryCount, offer) ? 1 : 0),
            k => _random.Skewed(targetCountries.Count, 1.5, Draw.OfferCountry, offer, k));

    private void AddOffer(long index, List<GraphNode> nodes, List<GraphEdge> edges)
    {
        var id = Id(Labels.Offer, index);
        var salary = 1500 + 100 * _random.Below(16, Draw.OfferSalary, index);
        var spread = 100 * _random.Below(6, Draw.OfferSalarySpread, index);
        var properties = new Dictionary<string, object?>
        {
            ["promisedRole"] = Choices.PromisedRoles.Pick(_random.Unit(Draw.OfferRole, index)),
            ["salaryAmount"] = (double)salary,
            ["salaryCurrency"] = "USD",
            ["salaryPeriod"] = "month",
            ["benefits"] = Choices.Benefits.Where((b, k) => _random.Chance(b.Share, Draw.OfferBenefits, index, k)).Select(b => b.Benefit).ToArray(),
            ["language"] = Choices.Languages.Pick(_random.Unit(Draw.OfferLanguage, index)),
            ["slogan"] = Slogans[_random.Below(Slogans.Length, Draw.OfferRole, index, 1)],
            ["firstSeen"] = Date(_random.Below(1000, Draw.OfferFirstSeen, index)),
        };
        if (spread > 0)
        {
            properties["salaryAmountMax"] = (double)(salary + spread);
        }

        if (_random.Chance(0.5, Draw.OfferBonus, index))
        {
            properties["bonusAmount"] = (double)(1000 * (1 + _random.Below(20, Draw.OfferBonus, index, 1)));
            properties["bonusCurrency"] = "USD";
        }

        nodes.Add(Node(Labels.Offer, index, properties));
        edges.Add(Edge(Labels.Placed, Id(Labels.Recruiter, RecruiterOfOffer(index)), id, Labels.Offer, index));
        var channelCount = 1 + (_random.Chance(0.35, Draw.OfferChannelCount, index) ? 1 : 0) + (_random.Chance(0.1, Draw.OfferChannelCount, index, 1) ? 1 : 0);
        foreach (var channel in Distinct(channelCount, k => _random.Skewed(plan.Channels, 2, Draw.OfferChannel, index, k)))
        {
            edges.Add(Edge(Labels.AdvertisedOn, id, Id(Labels.AdChannel, channel), Labels.Offer, index));
        }

        foreach (var country in CountriesOfOffer(index))
        {
            edges.Add(Edge(Labels.Targets, id, targetCountries[(int)country], Labels.Offer, index));
        }
    }
}
