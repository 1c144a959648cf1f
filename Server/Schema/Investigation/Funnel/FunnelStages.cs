using GraphServer.Model;

namespace GraphServer.Schema.Investigation.Funnel;

/// <summary>
/// The stages of a country's funnel, in order, with what each counts and which claim metrics (<see cref="ClaimMetrics"/>)
/// report the same thing. Every fighter stage is a subset of the one before it by definition (<see cref="FunnelCounter"/>),
/// so counts never grow down the funnel; the outcome stages are not exclusive (captured, then repatriated in an exchange).
/// </summary>
internal static class FunnelStages
{
    public static IReadOnlyList<(string Name, string Counts, IReadOnlyList<string> Metrics)> All { get; } =
    [
        ("OFFERED", "Offers aimed at the country (TARGETS). Counts offers, not people.", []),
        ("RECRUITED", "Fighters who are citizens of the country (CITIZEN_OF): every Fighter record is someone recruited.",
            ["foreigners_recruited", "foreigners_identified"]),
        ("DEPLOYED", "Recruited fighters with any sign of deployment: a status other than recruited, service in a unit deployed "
            + "somewhere (SERVED_IN a unit with DEPLOYED_TO), or being the subject of an event (SUBJECT_OF) of kind deployment, "
            + "capture, surrender, death or exchange.", ["foreigners_fighting", "foreigners_deployed"]),
        ("CAPTURED", "Deployed fighters with status captured, or the subject of a capture or surrender event.", ["pows_held"]),
        ("KILLED", "Deployed fighters with status killed, or the subject of a death event.", ["foreigners_killed"]),
        ("MISSING", "Deployed fighters with status missing.", []),
        ("REPATRIATED", "Deployed fighters with status repatriated, or the subject of an exchange event.", []),
        ("DESERTED", "Deployed fighters with status deserted.", []),
    ];

    /// <summary>Every metric a stage reports, checked against the model's vocabulary when the schema is built.</summary>
    public static IReadOnlyList<string> Metrics()
    {
        var metrics = All.SelectMany(s => s.Metrics).ToList();
        var unknown = metrics.FirstOrDefault(m => !ClaimMetrics.Names.Contains(m));
        return unknown is null ? metrics : throw new InvalidOperationException($"Funnel stage metric '{unknown}' is not in ClaimMetrics.");
    }
}
