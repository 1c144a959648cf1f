using System.Text.Json.Nodes;
using GraphServer.Model;
using GraphServer.Store;

namespace GraphServer.Api.Tests.Investigation;

/// <summary>What a trace on a generated graph must say, worked out from the generated records without the server's code.</summary>
internal sealed class ExpectedTraces(GeneratedGraph graph)
{
    private const int MaxBranches = 20;

    private static readonly string[] Hops = ["RECRUITER", "OFFER", "AD_CHANNEL", "FIGHTER", "UNIT", "LOCATION", "OUTCOME"];

    private readonly ILookup<(string Type, string From), string> _out = graph.Edges.ToLookup(e => (e.Type, e.FromId), e => e.ToId);
    private readonly ILookup<(string Type, string To), string> _in = graph.Edges.ToLookup(e => (e.Type, e.ToId), e => e.FromId);

    private IEnumerable<GraphNode> Fighters => graph.Nodes.Values.Where(n => n.Label == "Fighter");

    public int FighterCount => Fighters.Count();

    public List<string> CapturedInAssaultUnits() => [.. Fighters
        .Where(f => (string?)f["status"] == "captured" && _out[("SERVED_IN", f.Id)].Any(u => (string?)graph.Nodes[u]["kind"] == "assault"))
        .Select(f => f.Id).Order(StringComparer.Ordinal)];

    public string MiddleEventDate()
    {
        var dates = graph.Nodes.Values.Where(n => n.Label == "Event" && n["date"] is string).Select(n => (string)n["date"]!)
            .Order(StringComparer.Ordinal).ToList();
        return dates[dates.Count / 2];
    }

    public string FighterWithMostBranches() =>
        Fighters.Select(f => f.Id).OrderByDescending(id => Math.Min(MaxBranches, Combinations(id)))
            .ThenBy(id => id, StringComparer.Ordinal).First();

    /// <summary>The first fighter by id that is the subject of an event, and that event.</summary>
    public (string Fighter, string Event) FighterWithAnEvent() => Fighters.Select(f => f.Id).Order(StringComparer.Ordinal)
        .Select(id => (id, _out[("SUBJECT_OF", id)].FirstOrDefault())).First(p => p.Item2 is not null)!;

    /// <summary>Offers (each with its placers and channels) × units (each with its places) × events, a missing hop counting once.</summary>
    private long Combinations(string fighter)
    {
        var offers = _out[("ANSWERED", fighter)].ToList();
        var recruited = Math.Max(1, _in[("RECRUITED", fighter)].Count());
        long front = offers.Count == 0 ? recruited : offers.Sum(o =>
            (long)(_in[("PLACED", o)].Any() ? _in[("PLACED", o)].Count() : recruited) * Math.Max(1, _out[("ADVERTISED_ON", o)].Count()));
        var units = _out[("SERVED_IN", fighter)].ToList();
        long back = units.Count == 0 ? 1 : units.Sum(u => (long)Math.Max(1, _out[("DEPLOYED_TO", u)].Count()));
        return front * back * Math.Max(1, _out[("SUBJECT_OF", fighter)].Count());
    }

    public void Check(JsonNode trace, string? asOf)
    {
        var fighter = trace["fighter"]!["id"]!.GetValue<string>();
        var branches = trace["branches"]!.AsArray();
        if (asOf is null)
        {
            var combinations = Combinations(fighter);
            Assert.Equal(Math.Min(MaxBranches, combinations), branches.Count);
            Assert.Equal(combinations > MaxBranches, trace["truncated"]!.GetValue<bool>());
        }

        Assert.NotEmpty(branches);
        foreach (var branch in branches)
        {
            var steps = branch!["steps"]!.AsArray();
            Assert.Equal(Hops, steps.Select(s => s!["hop"]!.GetValue<string>()));
            Assert.Equal(fighter, steps[3]!["node"]!["id"]!.GetValue<string>());
            var present = steps.Where(s => !s!["missing"]!.GetValue<bool>()).ToList();
            Assert.Equal(steps.Where(s => s!["missing"]!.GetValue<bool>()).Select(s => s!["hop"]!.GetValue<string>()),
                branch["missing"]!.AsArray().Select(h => h!.GetValue<string>()));
            foreach (var step in present)
            {
                CheckStep(step!, steps, asOf);
            }

            Assert.Equal(Weakest(present.Select(s => s!["confidence"]?.GetValue<string>())),
                branch["weakestConfidence"]?.GetValue<string>());
        }

        Assert.Equal(Weakest(branches.Select(b => b!["weakestConfidence"]?.GetValue<string>())),
            trace["weakestConfidence"]?.GetValue<string>());
    }

    private void CheckStep(JsonNode step, JsonArray steps, string? asOf)
    {
        var node = step["node"]!["id"]!.GetValue<string>();
        var sources = step["sources"]!.AsArray();
        Assert.NotEmpty(sources);
        if (step["linksTo"]?.GetValue<string>() is { } linksTo)
        {
            // The step's node is the far end of its relationship from the node of the step it names, which is present.
            var other = steps[Array.IndexOf(Hops, linksTo)]!;
            Assert.False(other["missing"]!.GetValue<bool>());
            var far = other["node"]!["id"]!.GetValue<string>();
            var type = step["relationship"]!.GetValue<string>();
            Assert.True(graph.Links.Contains((type, node, far)) || graph.Links.Contains((type, far, node)), $"{node} -{type}- {far}");
        }

        if (asOf is not null)
        {
            var day = PartialDates.LastDay(asOf);
            var own = RecruitmentModel.Instance.GetNode(graph.Nodes[node].Label).KnownFrom?.Name;
            Assert.False(own is not null && graph.Nodes[node][own] is string date && PartialDates.FirstDay(date) > day,
                $"{node} is not known on {asOf}");
            Assert.All(sources, s => Assert.False(
                s!["publishedAt"]?.GetValue<string>() is { } published && PartialDates.FirstDay(published) > day));
        }
    }

    /// <summary>By the model's order, strongest first; a missing confidence is weaker than any.</summary>
    private static string? Weakest(IEnumerable<string?> confidences)
    {
        var levels = CommonProperties.ConfidenceLevels.Select(l => l.ToUpperInvariant()).ToList();
        var ranks = confidences.Select(c => c is null ? levels.Count : levels.IndexOf(c)).ToList();
        return ranks.Count == 0 || ranks.Max() >= levels.Count ? null : levels[ranks.Max()];
    }
}
