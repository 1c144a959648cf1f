namespace GraphServer.Api.Tests.Loading;

/// <summary>
/// The request shapes issue 13 asks to be one statement on Neo4j, on the seed: the six bench questions exactly as
/// bench/harness/shapes.mjs asks them of our schema (inputs from the seed's synthetic chain), then the roots that
/// return any node (<c>node</c>, <c>nodes</c>, <c>search</c>) with relationship selections below inline fragments per
/// type. Each has its own operation name, so its trace can be told apart from the others'.
/// </summary>
internal static class RequestShapes
{
    public sealed record Shape(string Name, string Query, object Variables);

    /// <summary>The six bench questions (bench/harness/shapes.mjs, field for field).</summary>
    public static readonly Shape[] Bench =
    [
        new("FilteredList", """
            query FilteredList($minSalary: Float!, $language: String!) {
              offers(first: 20, where: { salaryAmount: { gte: $minSalary }, language: { eq: $language } }, order: [{ id: ASC }]) {
                nodes { id promisedRole salaryAmount
                  advertisedOn(first: 10) { nodes { id platform } }
                  targets(first: 10) { nodes { id name } }
                  placedBy(first: 10) { nodes { id name } } } } }
            """, new { minSalary = 1500.0, language = "en" }),
        new("FighterTrace", """
            query FighterTrace($id: ID!) {
              fighter(id: $id) { id alias status
                answered(first: 10) { nodes { id promisedRole
                  advertisedOn(first: 10) { nodes { id platform } }
                  placedBy(first: 10) { nodes { id name } } } }
                servedIn(first: 10) { nodes { id name kind deployedTo(first: 10) { nodes { id name } } } }
                subjectOf(first: 10) { nodes { id kind date location { id name } } } } }
            """, new { id = "fighter:syn-001" }),
        new("RecruiterOffers", """
            query RecruiterOffers($id: ID!) {
              recruiter(id: $id) { id name kind
                placed(first: 10, order: [{ id: ASC }]) { nodes { id promisedRole
                  targets(first: 10) { nodes { id name } }
                  advertisedOn(first: 10) { nodes { id handle } } } }
                recruited { totalCount } } }
            """, new { id = "recruiter:syn-a" }),
        new("CountryFunnel", """
            query CountryFunnel($id: ID!) {
              country(id: $id) { id name
                targetedBy(first: 10, order: [{ id: ASC }]) { totalCount nodes { id promisedRole salaryAmount } }
                recruited: citizens(where: { status: { eq: RECRUITED } }) { totalCount }
                deployed: citizens(where: { status: { eq: DEPLOYED } }) { totalCount }
                captured: citizens(where: { status: { eq: CAPTURED } }) { totalCount }
                killed: citizens(where: { status: { eq: KILLED } }) { totalCount }
                missing: citizens(where: { status: { eq: MISSING } }) { totalCount }
                repatriated: citizens(where: { status: { eq: REPATRIATED } }) { totalCount }
                deserted: citizens(where: { status: { eq: DESERTED } }) { totalCount } } }
            """, new { id = "country:KE" }),
        new("Neighborhood", """
            query Neighborhood($id: ID!, $first: Int!) {
              neighborhood(ids: [$id], depth: 2, types: [PLACED, ADVERTISED_ON, OPERATES, TARGETS], first: $first) {
                nodes { id } relationships { type from to } truncated } }
            """, new { id = "adchannel:syn-a-demo", first = 200 }),
        new("ShortestPath", """
            query ShortestPath($from: ID!, $to: ID!, $first: Int!) {
              paths(from: $from, to: $to, maxHops: 4, shortestOnly: true, types: [RECRUITED, OPERATES, ANSWERED, ADVERTISED_ON, PLACED], first: $first) {
                length nodes { id } } }
            """, new { from = "fighter:syn-001", to = "adchannel:syn-a-demo", first = 25 }),
    ];

    /// <summary>Roots that return nodes of any label, with nested relationship selections per type.</summary>
    public static readonly Shape[] AnyNode =
    [
        new("NodeRoot", """
            query NodeRoot($id: ID!) {
              node(id: $id) { id __typename
                ... on Fighter { alias
                  answered(first: 10) { nodes { id placedBy { nodes { id name } } advertisedOn { totalCount } } }
                  citizenOf { nodes { id name } } }
                ... on Recruiter { name placed { totalCount } } } }
            """, new { id = "fighter:syn-001" }),
        new("NodesRoot", """
            query NodesRoot($ids: [ID!]!) {
              nodes(ids: $ids) { id
                ... on Fighter { alias subjectOf { nodes { id kind location { id } } } }
                ... on Recruiter { name placed(first: 5, order: [{ id: ASC }]) { nodes { id targets { nodes { id } } } } recruited { totalCount } }
                ... on Country { name targetedBy(first: 3, order: [{ id: ASC }]) { totalCount nodes { id } } }
                ...Channel } }
            fragment Channel on AdChannel { handle operatedBy { nodes { id } } }
            """, new { ids = new[] { "recruiter:syn-a", "fighter:syn-001", "fighter:nobody", "country:KE", "adchannel:syn-a-demo", "recruiter:syn-a" } }),
        new("SearchRoot", """
            query SearchRoot($text: String!) {
              search(text: $text, first: 10) { score
                node { id __typename
                  ... on Country { name citizens { totalCount } targetedBy(first: 3, order: [{ id: ASC }]) { nodes { id placedBy { nodes { id } } } } }
                  ... on Event { kind location { id } } } } }
            """, new { text = "Kenya" }),
    ];

    /// <summary>The investigative roots that compile whole when nothing below their nodes asks for relationship fields.</summary>
    public static readonly Shape[] InvestigativeFlat =
    [
        new("TraceFlat", """
            query TraceFlat($id: ID!) {
              trace(fighter: $id) { truncated weakestConfidence fighter { id alias }
                branches { promise { salaryAmount } outcome { happened date status } steps { hop relationship missing confidence sources { id } node { id } } } } }
            """, new { id = "fighter:syn-001" }),
        new("TracesFlat", """
            query TracesFlat {
              traces(first: 5) { totalCount pageInfo { hasNextPage } nodes { fighter { id } truncated branches { steps { hop node { id } } } } } }
            """, new { }),
        new("FunnelFlat", """
            query FunnelFlat($id: ID!) {
              funnel(country: $id) { country { id name } stages { stage counted reported { value claim { id } statedBy { ... on Node { id } } } } } }
            """, new { id = "country:KE" }),
        new("ClaimComparisonsFlat", """
            query ClaimComparisonsFlat {
              claimComparisons(first: 50) { metric disagree subject { ... on Node { id } }
                claims { value asOf claim { id } statedBy { ... on Node { id } } sources { id } } } }
            """, new { }),
        new("ClaimComparisonsAbout", """
            query ClaimComparisonsAbout($id: ID!) {
              claimComparisons(about: $id) { metric subject { ... on Node { id } } claims { value claim { id } statedBy { ... on Node { id } } } } }
            """, new { id = "country:KE" }),
    ];

    /// <summary>
    /// The investigative roots and aggregates with relationship selections below their nodes: measured, and held to the
    /// statement counts the notes give for them (NOTES-i13-roots.md says why some are more than one).
    /// </summary>
    public static readonly Shape[] Investigative =
    [
        new("TraceRoot", """
            query TraceRoot($id: ID!) {
              trace(fighter: $id) { truncated weakestConfidence
                fighter { id citizenOf { nodes { id name } } }
                branches { weakestConfidence missing steps { hop relationship missing confidence
                  node { id ... on Offer { placedBy { nodes { id } } } ... on Unit { deployedTo { nodes { id } } } } } } } }
            """, new { id = "fighter:syn-001" }),
        new("TracesRoot", """
            query TracesRoot {
              traces(first: 5) { totalCount nodes { fighter { id citizenOf { nodes { id } } } branches { steps { hop node { id } } } } } }
            """, new { }),
        new("FunnelRoot", """
            query FunnelRoot($id: ID!) {
              funnel(country: $id) { country { id name targetedBy(first: 3, order: [{ id: ASC }]) { nodes { id } } }
                stages { stage counted reported { value claim { id about { nodes { ... on Node { id } } } } } } } }
            """, new { id = "country:KE" }),
        new("TimelineRoot", """
            query TimelineRoot($id: ID!) {
              timeline(of: $id, hops: 2) { date distance event { id kind location { id } subjects { nodes { id } } } } }
            """, new { id = "fighter:syn-001" }),
        new("ClaimComparisonsRoot", """
            query ClaimComparisonsRoot {
              claimComparisons(first: 5) { metric disagree claims { value claim { id statedBy { nodes { ... on Node { id } } } } } } }
            """, new { }),
        new("NeighborhoodNested", """
            query NeighborhoodNested($id: ID!) {
              neighborhood(ids: [$id], depth: 1) { truncated relationships { type from to }
                nodes { id ... on Offer { placedBy { nodes { id } } targets { totalCount } } } } }
            """, new { id = "adchannel:syn-a-demo" }),
        new("PathsNested", """
            query PathsNested($from: ID!, $to: ID!) {
              paths(from: $from, to: $to, maxHops: 4) { length nodes { id ... on Recruiter { placed { totalCount } } } } }
            """, new { from = "fighter:syn-001", to = "adchannel:syn-a-demo" }),
        new("AggregateRoot", """
            query AggregateRoot {
              offers(first: 5, order: [{ id: ASC }]) { totalCount aggregate(groupBy: [LANGUAGE]) { keys { key value } count }
                nodes { id placedBy { nodes { id } } } } }
            """, new { }),
        new("AggregateNested", """
            query AggregateNested($id: ID!) {
              country(id: $id) { id citizens { totalCount aggregate(groupBy: [STATUS]) { keys { value } count } } } }
            """, new { id = "country:KE" }),
    ];
}
