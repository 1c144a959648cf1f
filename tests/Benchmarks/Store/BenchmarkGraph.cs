using System.Globalization;
using GraphServer.Store;

namespace GraphServer.Benchmarks.Store;

/// <summary>
/// A deterministic synthetic recruitment graph of about <see cref="Nodes"/> nodes, as change sets of at most
/// <c>batch</c> nodes each (the Seed CLI's generator is internal to Seed; this one is small and only for timing). The
/// same seed gives the same graph, so both stores and every run answer the same questions about the same data.
/// </summary>
public sealed class BenchmarkGraph(int nodes = 100_000, int seed = 20251125)
{
    public const string Source = "source:g-0";

    private static readonly string[] Statuses = ["recruited", "deployed", "captured", "killed", "missing", "repatriated", "deserted"];
    private static readonly string[] Currencies = ["USD", "RUB", "EUR", "AED"];
    private static readonly string[] Benefits = ["passport", "visa", "residency", "citizenship", "healthcare", "housing", "education"];
    private static readonly string[] Roles = ["security guard", "driver", "cook", "warehouse worker", "builder", "assault infantry", "mechanic"];
    private static readonly string[] Words = ["storm", "falcon", "steppe", "volga", "ural", "taiga", "arctic", "amber", "granite", "harbour"];

    public int Nodes { get; } = nodes;

    public int Countries => 120;

    public int Recruiters => Nodes / 50;

    public int Channels => Nodes / 40;

    public int Offers => Nodes / 10;

    public int Units => Nodes / 200;

    public int Locations => Nodes / 100;

    public int Events => Nodes / 10;

    public int Fighters => Nodes - 1 - Countries - Recruiters - Channels - Offers - Units - Locations - Events;

    public static string Id(string kind, int i) => string.Create(CultureInfo.InvariantCulture, $"{kind}:g-{i}");

    public IEnumerable<ChangeSet> Batches(int batch = 5_000)
    {
        var random = new Random(seed);
        var nodes = new List<GraphNode>();
        var edges = new List<GraphEdge>();
        IEnumerable<ChangeSet> Flush(bool force)
        {
            if (nodes.Count >= batch || (force && (nodes.Count > 0 || edges.Count > 0)))
            {
                yield return new ChangeSet(nodes, edges);
                nodes = [];
                edges = [];
            }
        }

        nodes.Add(Node("Source", Source, new() { ["publisher"] = "Benchmark Wire", ["title"] = "Generated graph", ["kind"] = "research", ["publishedAt"] = "2023-01-01" }));
        for (var i = 0; i < Countries; i++)
        {
            nodes.Add(Node("Country", Id("country", i), new() { ["iso2"] = Iso(i), ["name"] = $"Country {Iso(i)}", ["region"] = $"Region {i % 8}" }));
        }

        for (var i = 0; i < Locations; i++)
        {
            nodes.Add(Node("Location", Id("location", i), new() { ["name"] = $"{Pick(random, Words)} sector {i}", ["kind"] = "front_sector" }));
        }

        for (var i = 0; i < Units; i++)
        {
            nodes.Add(Node("Unit", Id("unit", i), new() { ["name"] = $"{Pick(random, Words)} brigade {i}", ["kind"] = i % 3 == 0 ? "assault" : "regular" }));
            edges.Add(Edge("DEPLOYED_TO", Id("unit", i), Id("location", random.Next(Locations)), Day(random)));
        }

        foreach (var set in Flush(true))
        {
            yield return set;
        }

        for (var i = 0; i < Channels; i++)
        {
            nodes.Add(Node("AdChannel", Id("adchannel", i), new() { ["platform"] = i % 2 == 0 ? "Telegram" : "VKontakte", ["handle"] = $"{Pick(random, Words)}jobs{i}" }));
        }

        for (var i = 0; i < Recruiters; i++)
        {
            nodes.Add(Node("Recruiter", Id("recruiter", i), new() { ["name"] = $"{Pick(random, Words)} agency {i}", ["kind"] = i % 4 == 0 ? "influencer" : "agency" }));
            edges.Add(Edge("OPERATES", Id("recruiter", i), Id("adchannel", random.Next(Channels)), null));
            foreach (var set in Flush(false))
            {
                yield return set;
            }
        }

        for (var i = 0; i < Offers; i++)
        {
            var offer = Id("offer", i);
            nodes.Add(Node("Offer", offer, new()
            {
                ["promisedRole"] = Pick(random, Roles), ["salaryAmount"] = (double)(1500 + (random.Next(20) * 100)),
                ["salaryCurrency"] = random.Next(10) == 0 ? null : Pick(random, Currencies),
                ["benefits"] = Benefits.Where(_ => random.Next(3) == 0).ToArray(), ["firstSeen"] = Day(random),
            }));
            edges.Add(Edge("PLACED", Id("recruiter", random.Next(Recruiters)), offer, null));
            edges.Add(Edge("ADVERTISED_ON", offer, Id("adchannel", random.Next(Channels)), null));
            foreach (var country in Enumerable.Range(0, 1 + random.Next(2)).Select(_ => random.Next(Countries)).Distinct())
            {
                edges.Add(Edge("TARGETS", offer, Id("country", country), null));
            }

            foreach (var set in Flush(false))
            {
                yield return set;
            }
        }

        for (var i = 0; i < Events; i++)
        {
            nodes.Add(Node("Event", Id("event", i), new() { ["kind"] = i % 2 == 0 ? "capture" : "death", ["date"] = Day(random), ["summary"] = $"{Pick(random, Words)} incident {i}" }));
            edges.Add(Edge("AT", Id("event", i), Id("location", random.Next(Locations)), null));
            foreach (var set in Flush(false))
            {
                yield return set;
            }
        }

        for (var i = 0; i < Fighters; i++)
        {
            var fighter = Id("fighter", i);
            nodes.Add(Node("Fighter", fighter, new() { ["alias"] = $"G-F{i}", ["status"] = Pick(random, Statuses), ["name"] = $"Person {i}" }));
            edges.Add(Edge("ANSWERED", fighter, Id("offer", random.Next(Offers)), null));
            edges.Add(Edge("RECRUITED", Id("recruiter", random.Next(Recruiters)), fighter, null));
            edges.Add(Edge("CITIZEN_OF", fighter, Id("country", random.Next(Countries)), null));
            if (random.Next(10) < 7)
            {
                edges.Add(Edge("SERVED_IN", fighter, Id("unit", random.Next(Units)), Day(random)));
            }

            if (random.Next(10) == 0)
            {
                edges.Add(Edge("SUBJECT_OF", fighter, Id("event", random.Next(Events)), null));
            }

            foreach (var set in Flush(false))
            {
                yield return set;
            }
        }

        foreach (var set in Flush(true))
        {
            yield return set;
        }
    }

    private static GraphNode Node(string label, string id, Dictionary<string, object?> properties)
    {
        properties["synthetic"] = true;
        if (label != "Source")
        {
            properties["sourceIds"] = new[] { Source };
        }

        return new GraphNode(id, label, properties);
    }

    private static GraphEdge Edge(string type, string from, string to, string? validFrom) =>
        new(type, from, to, new Dictionary<string, object?> { ["sourceIds"] = new[] { Source }, ["validFrom"] = validFrom });

    private static string Iso(int i) => string.Concat((char)('A' + (i / 26)), (char)('A' + (i % 26)));

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];

    private static string Day(Random random) => new DateOnly(2023, 1, 1).AddDays(random.Next(1000)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
