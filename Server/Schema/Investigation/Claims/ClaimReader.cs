using GraphServer.Model;
using GraphServer.Store;
using GraphServer.Schema.Planning;
using GraphServer.Store.Planning;

namespace GraphServer.Schema.Investigation.Claims;

/// <summary>
/// Loads claims with everything a comparison shows, in at most three store calls: the claims with their sources, then
/// for all of them at once who stated them and (unless the subject is given) what they are about. The <c>Planned</c> variants
/// read the same queries as one plan (one statement on Neo4j, one read transaction on the embedded store).
/// </summary>
internal sealed class ClaimReader(IGraphStore store, int maxClaims)
{
    private const string Claim = "Claim";
    private const string About = "ABOUT";
    private const string StatedBy = "STATED_BY";

    /// <summary>Where a comparison holds its claims (relationship fields asked of them are planned with the claims).</summary>
    private static readonly string[][] ClaimPaths = [["claims", "claim"], ["min", "claim"], ["max", "claim"], ["latest", "claim"]];

    /// <summary>Where a comparison holds the speakers of its claims (a union: fields asked in its fragments are planned below them).</summary>
    private static readonly string[][] SpeakerPaths = [["claims", "statedBy"], ["min", "statedBy"], ["max", "statedBy"], ["latest", "statedBy"]];

    /// <summary>Where a comparison holds its subject (a union, planned as the speakers are).</summary>
    private static readonly string[][] SubjectPaths = [["subject"]];

    /// <summary>The error code when more claims match than one comparison reads.</summary>
    public const string TooManyCode = "TOO_MANY_CLAIMS";

    /// <summary>Every claim (of these metrics, if given) visible on the day, grouped with the subjects they are about.</summary>
    public async Task<(List<ComparedClaim> Claims, Dictionary<string, GraphNode> Subjects)> AllAsync(
        IReadOnlyList<string>? metrics, DateOnly? asOf, CancellationToken cancellationToken)
    {
        var page = await store.FindNodesAsync(ClaimsQuery(metrics, asOf), cancellationToken).ConfigureAwait(false);
        TooMany(page.TotalCount);
        var ids = page.Nodes.Select(n => n.Id).ToList();
        var about = await NeighboursAsync(ids, About, asOf, cancellationToken).ConfigureAwait(false);
        var subjects = about.Select(r => r.Node).DistinctBy(n => n.Id).ToDictionary(n => n.Id, StringComparer.Ordinal);
        var subjectIds = about.ToLookup(r => r.ParentId, r => r.Node.Id, StringComparer.Ordinal);
        return (await WithSpeakersAsync(page.Nodes, c => [.. subjectIds[c.Id].Order(StringComparer.Ordinal)], asOf, cancellationToken)
            .ConfigureAwait(false), subjects);
    }

    /// <summary><see cref="AllAsync"/> as one plan: the claims page with what they are about and who stated them below it.</summary>
    public async Task<(List<ComparedClaim> Claims, Dictionary<string, GraphNode> Subjects, PlanResult Result)> AllPlannedAsync(
        IReadOnlyList<string>? metrics, DateOnly? asOf, AskedFields? asked, CancellationToken cancellationToken)
    {
        var about = new PlanSelection(new NeighbourQuery([], About, EdgeDirection.Outgoing) { AsOf = asOf }, asked?.AtAny(SubjectPaths) ?? []);
        var speakers = new PlanSelection(SpeakersQuery([], asOf), asked?.AtAny(SpeakerPaths) ?? []);
        var plan = PlanQuery.ForPage(ClaimsQuery(metrics, asOf), [about, speakers, .. asked?.At(Claim, ClaimPaths) ?? []]);
        var result = await store.RunPlanAsync(plan, cancellationToken).ConfigureAwait(false);
        TooMany(result.Root.TotalCount);
        var rows = result.RowsOf(about);
        var subjects = rows.Select(r => r.Node).DistinctBy(n => n.Id).ToDictionary(n => n.Id, StringComparer.Ordinal);
        var subjectIds = rows.ToLookup(r => r.ParentId, r => r.Node.Id, StringComparer.Ordinal);
        return (Compared(result.Root.Nodes, result.RowsOf(speakers).ToLookup(r => r.ParentId, r => r.Node, StringComparer.Ordinal),
            c => [.. subjectIds[c.Id].Order(StringComparer.Ordinal)]), subjects, result);
    }

    /// <summary><see cref="SubjectAsync"/> and <see cref="AboutAsync"/> as one plan: the subject, its claims and their speakers.</summary>
    public async Task<(List<ComparedClaim> Claims, Dictionary<string, GraphNode> Subjects, PlanResult Result)> AboutPlannedAsync(
        string subjectId, IReadOnlyList<string>? metrics, DateOnly? asOf, AskedFields? asked, CancellationToken cancellationToken)
    {
        var speakers = new PlanSelection(SpeakersQuery([], asOf), asked?.AtAny(SpeakerPaths) ?? []);
        var claims = new PlanSelection(AboutQuery([], metrics, asOf), [speakers, .. asked?.At(Claim, ClaimPaths) ?? []]);
        var plan = PlanQuery.ForLookup(new PlanLookup([subjectId], null), [claims, .. asked?.AtAny(SubjectPaths) ?? []]);
        var result = await store.RunPlanAsync(plan, cancellationToken)
            .ConfigureAwait(false);
        return (AboutFromRows(subjectId, result.RowsOf(claims), result.RowsOf(speakers)),
            result.Root.Nodes.ToDictionary(n => n.Id, StringComparer.Ordinal), result);
    }

    /// <summary>The claims about one node (of these metrics, if given) visible on the day; each names only that subject.</summary>
    public async Task<List<ComparedClaim>> AboutAsync(
        string subjectId, IReadOnlyList<string>? metrics, DateOnly? asOf, CancellationToken cancellationToken)
    {
        var rows = await store.GetNeighboursAsync(AboutQuery([subjectId], metrics, asOf), cancellationToken).ConfigureAwait(false);
        TooMany(rows.Count);
        return await WithSpeakersAsync([.. rows.Select(r => r.Node)], _ => [subjectId], asOf, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The claims about some subjects (of these metrics, if given), with sources: <see cref="AboutAsync"/>'s query.</summary>
    public static NeighbourQuery AboutQuery(IReadOnlyList<string> subjectIds, IReadOnlyList<string>? metrics, DateOnly? asOf) =>
        new(subjectIds, About, EdgeDirection.Incoming) { Where = MetricFilter(metrics), AsOf = asOf, WithSources = true };

    /// <summary>Who stated some claims: the query <see cref="AboutAsync"/> asks below the claims.</summary>
    public static NeighbourQuery SpeakersQuery(IReadOnlyList<string> claimIds, DateOnly? asOf) =>
        new(claimIds, StatedBy, EdgeDirection.Outgoing) { AsOf = asOf };

    /// <summary>
    /// <see cref="AboutAsync"/>'s answer from rows already read (a plan): the claims about <paramref name="subjectId"/> and,
    /// by claim id, who stated them.
    /// </summary>
    public List<ComparedClaim> AboutFromRows(string subjectId, IReadOnlyList<Neighbour> claims, IReadOnlyList<Neighbour> speakers)
    {
        TooMany(claims.Count);
        var stated = speakers.ToLookup(r => r.ParentId, r => r.Node, StringComparer.Ordinal);
        return Compared([.. claims.Select(r => r.Node)], stated, _ => [subjectId]);
    }

    /// <summary>The node itself, for the comparisons' subject; empty when the id is unknown.</summary>
    public async Task<Dictionary<string, GraphNode>> SubjectAsync(string id, CancellationToken cancellationToken) =>
        (await store.GetNodesAsync([id], cancellationToken).ConfigureAwait(false)).ToDictionary(n => n.Id, StringComparer.Ordinal);

    private async Task<List<ComparedClaim>> WithSpeakersAsync(
        IReadOnlyList<GraphNode> claims,
        Func<GraphNode, IReadOnlyList<string>> subjectsOf,
        DateOnly? asOf,
        CancellationToken cancellationToken)
    {
        var speakers = (await NeighboursAsync([.. claims.Select(c => c.Id)], StatedBy, asOf, cancellationToken).ConfigureAwait(false))
            .ToLookup(r => r.ParentId, r => r.Node, StringComparer.Ordinal);
        return Compared(claims, speakers, subjectsOf);
    }

    private static List<ComparedClaim> Compared(
        IReadOnlyList<GraphNode> claims, ILookup<string, GraphNode> speakers, Func<GraphNode, IReadOnlyList<string>> subjectsOf) =>
        [.. claims.Select(c => new ComparedClaim(c, [.. speakers[c.Id].OrderBy(s => s.Id, StringComparer.Ordinal)], subjectsOf(c)))];

    private async Task<IReadOnlyList<Neighbour>> NeighboursAsync(
        IReadOnlyList<string> ids, string type, DateOnly? asOf, CancellationToken cancellationToken) =>
        ids.Count == 0
            ? []
            : await store.GetNeighboursAsync(new NeighbourQuery(ids, type, EdgeDirection.Outgoing) { AsOf = asOf }, cancellationToken)
                .ConfigureAwait(false);

    private void TooMany(long count)
    {
        if (count > maxClaims)
        {
            throw new GraphQL.ExecutionError($"More than {maxClaims} claims match; narrow the question with metric or about.")
            {
                Code = TooManyCode,
            };
        }
    }

    private NodeQuery ClaimsQuery(IReadOnlyList<string>? metrics, DateOnly? asOf) => new(Claim)
    {
        Where = MetricFilter(metrics),
        AsOf = asOf,
        Take = maxClaims + 1,
        Order = [new SortField(CommonProperties.Id, SortDirection.Ascending)],
        WithSources = true,
    };

    private static Filter? MetricFilter(IReadOnlyList<string>? metrics) =>
        metrics is null ? null : Filter.In("metric", [.. metrics.Cast<object>()]);
}
