namespace GraphServer.Store.Tests.Contract;

/// <summary>
/// A small synthetic component loaded beside the seed, with the dates, statuses, salaries and detours the contract's
/// filter, path, neighbourhood, aggregation and as-of tests need. It touches no seed node, so its answers are known
/// exactly. Every record is flagged synthetic and cites one synthetic source.
/// </summary>
internal static class ContractGraph
{
    public const string Source = "source:t-gazette";
    public const string Country = "country:t-zz";
    public const string Alpha = "recruiter:t-alpha";
    public const string Beta = "recruiter:t-beta";
    public const string Offer1 = "offer:t-1";
    public const string Offer2 = "offer:t-2";
    public const string Offer3 = "offer:t-3";
    public const string Channel = "adchannel:t-tg";
    public const string Fighter1 = "fighter:t-f1";
    public const string Fighter2 = "fighter:t-f2";
    public const string Fighter3 = "fighter:t-f3";
    public const string Unit = "unit:t-storm";
    public const string Front = "location:t-front";
    public const string Capture = "event:t-capture";
    public const string Ministry = "organization:t-ministry";
    public const string Minister = "person:t-minister";

    public static ChangeSet Changes { get; } = Build();

    private static ChangeSet Build()
    {
        GraphNode Node(string label, string id, Dictionary<string, object?> properties)
        {
            properties["synthetic"] = true;
            return new GraphNode(id, label, properties);
        }

        GraphEdge Edge(string type, string from, string to, string? validFrom = null, string? validTo = null) =>
            new(type, from, to, new Dictionary<string, object?>
            {
                ["sourceIds"] = new[] { Source }, ["quotes"] = new[] { "" }, ["validFrom"] = validFrom, ["validTo"] = validTo,
            });

        var nodes = new List<GraphNode>
        {
            Node("Source", Source, new() { ["publisher"] = "Contract Test Gazette", ["title"] = "Zanzibarian recruiters exposed", ["kind"] = "news", ["publishedAt"] = "2024-01-10" }),
            Node("Country", Country, new() { ["iso2"] = "ZZ", ["name"] = "Testland", ["region"] = "Nowhere" }),
            Node("Recruiter", Alpha, new() { ["name"] = "Alpha Quokka Agency", ["kind"] = "agency" }),
            Node("Recruiter", Beta, new() { ["name"] = "Beta Quokka", ["kind"] = "influencer" }),
            Node("Offer", Offer1, new()
            {
                ["promisedRole"] = "security guard", ["salaryAmount"] = 2000.0, ["salaryCurrency"] = "USD", ["benefits"] = new[] { "visa", "passport" },
                ["firstSeen"] = "2024-03-01",
            }),
            Node("Offer", Offer2, new()
            {
                ["promisedRole"] = "driver", ["salaryAmount"] = 2500.0, ["salaryCurrency"] = "USD", ["benefits"] = new[] { "healthcare" },
                ["firstSeen"] = "2024-09-01",
            }),
            Node("Offer", Offer3, new() { ["promisedRole"] = "cook" }),
            Node("AdChannel", Channel, new() { ["platform"] = "Telegram", ["handle"] = "wombatjobs", ["language"] = "en" }),
            Node("Fighter", Fighter1, new() { ["alias"] = "T-F1", ["status"] = "captured" }),
            Node("Fighter", Fighter2, new() { ["alias"] = "T-F2", ["status"] = "killed" }),
            Node("Fighter", Fighter3, new() { ["alias"] = "T-F3", ["status"] = "deployed" }),
            Node("Unit", Unit, new() { ["name"] = "Storm Quokka", ["kind"] = "assault" }),
            Node("Location", Front, new() { ["name"] = "Test front", ["kind"] = "front_sector" }),
            Node("Event", Capture, new() { ["kind"] = "capture", ["summary"] = "Test capture" }),
            Node("Organization", Ministry, new() { ["name"] = "Test ministry", ["kind"] = "government" }),
            Node("Person", Minister, new() { ["name"] = "Test minister" }),
        };
        // Every fact cites the gazette, with a quote naming the record so tests can tell the citations apart.
        var citations = nodes.Where(n => n.Label != "Source")
            .Select(n => new GraphEdge("CITES", n.Id, Source, new Dictionary<string, object?> { ["quote"] = $"about {n.Id}" }));
        return new ChangeSet(nodes,
        [
            .. citations,
            Edge("PLACED", Alpha, Offer1, validFrom: "2024-03-01"),
            Edge("PLACED", Alpha, Offer2),
            Edge("PLACED", Beta, Offer3),
            Edge("ADVERTISED_ON", Offer1, Channel),
            Edge("ADVERTISED_ON", Offer2, Channel),
            Edge("OPERATES", Beta, Channel, validFrom: "2024-06-01", validTo: "2024-12-31"),
            Edge("TARGETS", Offer1, Country),
            Edge("TARGETS", Offer2, Country),
            Edge("ANSWERED", Fighter1, Offer1),
            Edge("ANSWERED", Fighter2, Offer1),
            Edge("ANSWERED", Fighter3, Offer2),
            Edge("RECRUITED", Alpha, Fighter1, validFrom: "2024-04-01"),
            Edge("RECRUITED", Alpha, Fighter2),
            Edge("SERVED_IN", Fighter1, Unit),
            Edge("SERVED_IN", Fighter2, Unit, validFrom: "2024-05-01", validTo: "2024-08-31"),
            Edge("DEPLOYED_TO", Unit, Front),
            Edge("CITIZEN_OF", Fighter1, Country),
            Edge("CITIZEN_OF", Fighter2, Country),
            Edge("CITIZEN_OF", Fighter3, Country),
            Edge("AT", Capture, Front),
            Edge("BY", Capture, Country),
            Edge("BY", Capture, Ministry),
            Edge("BY", Capture, Minister),
        ]);
    }
}
