using GraphServer.Store;

namespace GraphServer.Seed.Generation;

/// <summary>
/// Fighters and the events that befell some of them. Event i belongs to fighter floor(i * F / E), spreading events evenly
/// over fighters; a fighter's status follows from its event, so the two always agree without remembering anything.
/// </summary>
internal sealed partial class SyntheticRecords
{
    private long FighterOfEvent(long eventIndex) => eventIndex * plan.Fighters / plan.Events;

    /// <summary>The event of a fighter, if it has one: the only i with floor(i * F / E) == fighter.</summary>
    private long? EventOfFighter(long fighter)
    {
        if (plan.Events == 0)
        {
            return null;
        }

        var candidate = (fighter * plan.Events + plan.Fighters - 1) / plan.Fighters;
        return candidate < plan.Events && FighterOfEvent(candidate) == fighter ? candidate : null;
    }

    private (string Kind, string Status) Outcome(long eventIndex) => Choices.Outcomes.Pick(_random.Unit(Draw.EventKind, eventIndex));

    private string StatusOf(long fighter) => EventOfFighter(fighter) is { } e
        ? Outcome(e).Status
        : Choices.QuietStatuses.Pick(_random.Unit(Draw.FighterStatus, fighter));

    private void AddFighter(long index, List<GraphNode> nodes, List<GraphEdge> edges)
    {
        var id = Id(Labels.Fighter, index);
        var status = StatusOf(index);
        nodes.Add(Node(Labels.Fighter, index, new() { ["alias"] = $"Fighter-GEN-{index:D6}", ["status"] = status }));

        // Most fighters answer one offer, popular offers draw most of them; one in ten answered a second.
        var offer = _random.Skewed(plan.Offers, 2, Draw.FighterOffer, index);
        edges.Add(Edge(Labels.Answered, id, Id(Labels.Offer, offer), Labels.Fighter, index));
        if (_random.Chance(0.1, Draw.FighterSecondOffer, index))
        {
            var second = _random.Below(plan.Offers, Draw.FighterSecondOffer, index, 1);
            if (second != offer)
            {
                edges.Add(Edge(Labels.Answered, id, Id(Labels.Offer, second), Labels.Fighter, index));
            }
        }

        edges.Add(Edge(Labels.Recruited, Id(Labels.Recruiter, RecruiterOfOffer(offer)), id, Labels.Fighter, index));

        // Citizens of a country the offer targeted, mostly; some answered an offer aimed elsewhere.
        var citizenship = _random.Chance(0.85, Draw.FighterCitizenship, index)
            ? CountriesOfOffer(offer)[0]
            : _random.Skewed(targetCountries.Count, 1.5, Draw.FighterCitizenship, index, 1);
        edges.Add(Edge(Labels.CitizenOf, id, targetCountries[(int)citizenship], Labels.Fighter, index));

        if (status != "recruited")
        {
            var unit = _random.Skewed(plan.Units, 2, Draw.FighterUnit, index);
            var role = Choices.ServiceRoles.Pick(_random.Unit(Draw.FighterRole, index));
            edges.Add(Edge(Labels.ServedIn, id, Id(Labels.Unit, unit), Labels.Fighter, index, role));
        }
    }

    private void AddEvent(long index, List<GraphNode> nodes, List<GraphEdge> edges)
    {
        var id = Id(Labels.Event, index);
        var fighter = FighterOfEvent(index);
        var kind = Outcome(index).Kind;
        nodes.Add(Node(Labels.Event, index, new()
        {
            ["kind"] = kind,
            ["date"] = Date(120 + _random.Below(1000, Draw.EventDate, index)),
            ["summary"] = $"Generated {kind} of Fighter-GEN-{fighter:D6} (synthetic)",
        }));
        edges.Add(Edge(Labels.SubjectOf, Id(Labels.Fighter, fighter), id, Labels.Event, index));
        edges.Add(Edge(Labels.At, id, Id(Labels.Location, _random.Skewed(plan.Locations, 1.5, Draw.EventLocation, index)), Labels.Event, index));
        if (kind != "death" && captorCountry is not null)
        {
            edges.Add(Edge(Labels.By, id, captorCountry, Labels.Event, index));
        }
    }
}
