using GraphQL;
using GraphQL.Types;
using GraphServer.Model;
using GraphServer.Store;

namespace GraphServer.Schema.Investigation.Trace;

/// <summary>
/// The order of <c>traces</c>: <c>TraceSortInput @oneOf { fighterId fighterAlias outcomeDate }</c>, one key with ASC or
/// DESC, ties by fighter id ascending, nulls last ascending and first descending (the store's rule everywhere).
/// <para>"By name" is by <c>alias</c>, the pseudonym reporting uses: <c>Fighter.name</c> is personal, and no role may sort
/// by a personal property (Server/Api/Access). The outcome date is the latest dated event the fighter is the subject of
/// (partial dates by their first day) as known on asOf; the store cannot sort nodes by a neighbour's property, so that
/// order reads every matching fighter's outcome dates in one aggregate call, sorts them here and fetches only the page.</para>
/// </summary>
internal sealed class TraceOrder(IGraphStore store, TraceChain chain, GraphModel model)
{
    public const string Argument = "order";

    /// <summary>What ordering by outcome date adds to the cost: it reads every match's dates, as an aggregate reads its groups.</summary>
    public const int OutcomeOrderCost = 50;
    private const string FighterId = "fighterId";
    private const string FighterAlias = "fighterAlias";
    private const string OutcomeDate = "outcomeDate";

    private readonly string _alias = model.GetNode(chain.Fighter).FindProperty("alias")?.Name
        ?? throw new InvalidOperationException("Fighter declares no alias to order traces by.");

    private readonly string _date = model.GetNode(chain.Outcome.Label).KnownFrom?.Name
        ?? throw new InvalidOperationException($"{chain.Outcome.Label} declares no date to order traces by.");

    public static InputObjectGraphType InputType(Generation.SharedTypes shared)
    {
        var input = new InputObjectGraphType
        {
            Name = "TraceSortInput",
            Description = "One key to order traces by; ties by fighter id ascending; nulls last ascending, first descending.",
            IsOneOf = true,
        };
        input.AddField(new FieldType { Name = FighterId, ResolvedType = shared.Sort, Description = "The fighter's id (the default)." });
        input.AddField(new FieldType
        {
            Name = FighterAlias, ResolvedType = shared.Sort,
            Description = "The fighter's alias, the pseudonym reporting uses (the full name is personal: nothing sorts by it).",
        });
        input.AddField(new FieldType
        {
            Name = OutcomeDate, ResolvedType = shared.Sort,
            Description = "The date of the latest event the fighter is the subject of (a partial date by its first day), as known on "
                + "asOf; fighters with none count as null.",
        });
        return input;
    }

    /// <summary>The store order for an id or alias key; null when the order is by outcome date (see <see cref="PageByOutcomeAsync"/>).</summary>
    public IReadOnlyList<SortField>? StoreOrder(IResolveFieldContext resolve)
    {
        var (key, direction) = Read(resolve);
        return key switch
        {
            OutcomeDate => null,
            FighterAlias => [new SortField(_alias, direction)],
            _ => [new SortField(CommonProperties.Id, direction)],
        };
    }

    /// <summary>
    /// The page's fighters in outcome-date order and how many match: one aggregate call (every match's outcome dates) and,
    /// for a non-empty page, one find of the page's fighters with their sources.
    /// </summary>
    public async Task<(IReadOnlyList<GraphNode> Fighters, long Total)> PageByOutcomeAsync(
        IResolveFieldContext resolve, Filter? where, DateOnly? asOf, int skip, int take, CancellationToken cancellationToken)
    {
        var (_, direction) = Read(resolve);
        var keys = new[] { AggregateKey.Property(CommonProperties.Id), AggregateKey.Neighbour(chain.Outcome.Type, chain.Outcome.Direction, _date) };
        var buckets = await store.AggregateAsync(new AggregateQuery(chain.Fighter, keys) { Where = where, AsOf = asOf }, cancellationToken)
            .ConfigureAwait(false);
        var latest = buckets.GroupBy(b => (string)b.Keys[0]!, StringComparer.Ordinal)
            .Select(g => (Id: g.Key, Date: g.Select(b => b.Keys[1] as string).Where(d => d is not null)
                .Select(d => (DateOnly?)PartialDates.FirstDay(d!)).Max()))
            .ToList();
        var ordered = direction == SortDirection.Ascending
            ? latest.OrderBy(f => f.Date is null).ThenBy(f => f.Date).ThenBy(f => f.Id, StringComparer.Ordinal)
            : latest.OrderBy(f => f.Date is not null).ThenByDescending(f => f.Date).ThenBy(f => f.Id, StringComparer.Ordinal);
        var page = ordered.Skip(skip).Take(take).Select(f => f.Id).ToList();
        if (page.Count == 0)
        {
            return ([], latest.Count);
        }

        var found = await store.FindNodesAsync(new NodeQuery(chain.Fighter)
        {
            Where = Filter.In(CommonProperties.Id, [.. page]), Take = page.Count, AsOf = asOf, WithSources = true,
        }, cancellationToken).ConfigureAwait(false);
        var byId = found.Nodes.ToDictionary(n => n.Id, StringComparer.Ordinal);
        return ([.. page.Where(byId.ContainsKey).Select(id => byId[id])], latest.Count);
    }

    /// <summary>Whether the field's arguments (as the cost analyser sees them) order by outcome date.</summary>
    public static bool IsByOutcome(IDictionary<string, GraphQL.Execution.ArgumentValue>? arguments) =>
        arguments is not null && arguments.TryGetValue(Argument, out var order)
        && order.Value is IDictionary<string, object?> given && given.TryGetValue(OutcomeDate, out var direction) && direction is not null;

    private static (string Key, SortDirection Direction) Read(IResolveFieldContext resolve)
    {
        var given = resolve.GetArgument<Dictionary<string, object?>?>(Argument);
        var entry = given?.FirstOrDefault(e => e.Value is not null);
        return entry is { Key: { } key, Value: SortDirection direction } ? (key, direction) : (FighterId, SortDirection.Ascending);
    }
}
