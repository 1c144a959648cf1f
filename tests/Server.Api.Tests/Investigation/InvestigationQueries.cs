namespace GraphServer.Api.Tests.Investigation;

/// <summary>The trace, traces and timeline queries the end-to-end tests ask of the seed, by snapshot name.</summary>
internal static class InvestigationQueries
{
    public const string StepFields =
        "hop relationship linksTo missing confidence node { __typename id } sources { id publishedAt quote }";

    public const string BranchFields = "weakestConfidence missing steps { " + StepFields + " } "
        + "promise { offer { id } promisedRole salaryAmount salaryAmountMax salaryCurrency salaryPeriod "
        + "bonusAmount bonusCurrency benefits } "
        + "outcome { unit { id } unitKind role event { id } happened date datePrecision status }";

    public const string TraceFields = "fighter { id alias status } weakestConfidence truncated branches { " + BranchFields + " }";

    public const string TimelineFields = "event { id kind } date datePrecision distance sources { id publishedAt }";

    public static readonly IReadOnlyDictionary<string, string> Seed = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["trace_of_a_captured_demo_fighter"] = $$"""{ trace(fighter: "fighter:syn-001") { {{TraceFields}} } }""",
        ["trace_of_a_reported_fighter_with_missing_hops"] = $$"""{ trace(fighter: "fighter:somali-avdiivka-2024") { {{TraceFields}} } }""",
        ["trace_as_of_before_the_offer_was_seen"] =
            $$"""{ trace(fighter: "fighter:syn-001", asOf: "2025-03-01") { {{TraceFields}} } }""",
        ["trace_as_of_before_the_later_sources"] =
            $$"""{ trace(fighter: "fighter:somali-avdiivka-2024", asOf: "2024-06") { {{TraceFields}} } }""",
        ["traces_of_everyone"] =
            """
            { traces { totalCount pageInfo { hasNextPage endCursor }
              nodes { fighter { id } weakestConfidence branches { missing outcome { happened status } } } } }
            """,
        ["traces_filtered_on_every_step"] = """
            { captured: traces(where: { status: [CAPTURED] }) { totalCount nodes { fighter { id } } }
              telegram: traces(where: { platform: [TELEGRAM, TIK_TOK] }) {
                totalCount nodes { fighter { id } branches { steps { hop node { id } } } } }
              recruiter: traces(where: { recruiter: ["recruiter:syn-c"] }) { totalCount nodes { fighter { id } } }
              assault: traces(where: { unitKind: [ASSAULT] }) {
                totalCount nodes { fighter { id } outcome: branches { outcome { unitKind role } } } }
              surrendered: traces(where: { outcome: [SURRENDER] }) { totalCount nodes { fighter { id } } }
              kenyans: traces(where: { country: ["country:KE"], status: [CAPTURED, KILLED] }) { totalCount nodes { fighter { id } } }
              nobody: traces(where: { country: ["country:KE"], outcome: [DEATH] }) { totalCount nodes { fighter { id } } }
              empty: traces(where: { status: [] }) { totalCount } }
            """,
        ["traces_paged"] = """
            { first: traces(first: 2) {
                totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { fighter { id } } } }
              next: traces(first: 2, after: "b2Zmc2V0OjE=") { pageInfo { hasNextPage hasPreviousPage } nodes { fighter { id } } } }
            """,
        ["timeline_of_a_fighter"] = $$"""{ timeline(of: "fighter:syn-001") { {{TimelineFields}} } }""",
        ["timeline_of_kenya_two_hops"] = $$"""{ timeline(of: "country:KE", hops: 2) { {{TimelineFields}} } }""",
        ["timeline_of_ukraine_in_2025_first_5"] =
            $$"""{ timeline(of: "country:UA", hops: 1, from: "2025", to: "2025-08", first: 5) { {{TimelineFields}} } }""",
        ["timeline_of_an_event"] = $$"""{ timeline(of: "event:somali-surrender-avdiivka-2024-01", hops: 2) { {{TimelineFields}} } }""",
        ["timeline_of_a_fighter_two_hops_as_of_three_days"] = $$"""
            { now: timeline(of: "fighter:syn-001", hops: 2) { {{TimelineFields}} }
              november: timeline(of: "fighter:syn-001", hops: 2, asOf: "2025-11-15") { {{TimelineFields}} }
              july: timeline(of: "fighter:syn-001", hops: 2, asOf: "2025-07") { {{TimelineFields}} }
              before: timeline(of: "fighter:syn-001", hops: 2, asOf: "2024-01-01") { {{TimelineFields}} } }
            """,
        ["traces_ordered_by_alias_and_outcome_date"] = """
            { byAlias: traces(order: { fighterAlias: ASC }, first: 500) { totalCount nodes { fighter { id alias } } }
              byAliasDesc: traces(order: { fighterAlias: DESC }, first: 3) { nodes { fighter { id alias } } }
              latestOutcomeFirst: traces(order: { outcomeDate: DESC }, first: 500) {
                totalCount nodes { fighter { id } branches { outcome { event { id } date } } } }
              earliestOutcomeFirst: traces(order: { outcomeDate: ASC }, first: 500) { totalCount nodes { fighter { id } } }
              secondPage: traces(order: { outcomeDate: ASC }, first: 2, after: "b2Zmc2V0OjE=") {
                totalCount pageInfo { hasNextPage hasPreviousPage } nodes { fighter { id } } }
              capturedAsOf: traces(where: { status: [CAPTURED] }, order: { outcomeDate: ASC }, asOf: "2025-07") {
                totalCount nodes { fighter { id } } } }
            """,
        ["not_found_and_out_of_range"] = """
            { unknown: trace(fighter: "fighter:nobody") { fighter { id } }
              notAFighter: trace(fighter: "country:KE") { fighter { id } }
              nowhere: timeline(of: "event:nothing") { date } }
            """,
    };
}
