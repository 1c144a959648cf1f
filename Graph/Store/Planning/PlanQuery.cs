namespace GraphServer.Store.Planning;

/// <summary>
/// A whole read compiled from a request's selection: one root (a page of one label, nodes looked up by id, a search, a
/// timeline or a traversal, each set by its own factory) and the relationship selections nested below it. The store
/// answers it at once (<see cref="IGraphStore.RunPlanAsync"/>): one statement on Neo4j, one read transaction on the
/// embedded store, so every level sees the same snapshot.
/// </summary>
public sealed record PlanQuery
{
    private PlanQuery(IReadOnlyList<PlanSelection> selections) => Selections = selections;

    /// <summary>The root as a page of one label; null for the other roots.</summary>
    public NodeQuery? Page { get; private init; }

    /// <summary>The root as nodes looked up by id; null for the other roots.</summary>
    public PlanLookup? Lookup { get; private init; }

    /// <summary>The root as the hits of a full-text search; null for the other roots.</summary>
    public PlanSearch? Search { get; private init; }

    /// <summary>The root as a node's timeline (its dated events); null for the other roots.</summary>
    public PlanTimeline? Timeline { get; private init; }

    /// <summary>Aggregates over every match of a root page (a root connection's <c>aggregate</c>; no parents), answered in the plan.</summary>
    public IReadOnlyList<AggregateQuery> Aggregates { get; init; } = [];

    /// <summary>The root as a traversal (a neighbourhood or paths); null for the other roots. Its nodes are the parents of the selections.</summary>
    public PlanTraversal? Traversal { get; private init; }

    /// <summary>Relationship selections whose parents are the root's nodes.</summary>
    public IReadOnlyList<PlanSelection> Selections { get; }

    /// <summary>The root nodes' properties the request reads (<c>id</c> always among them); null: every property.</summary>
    public IReadOnlyList<string>? RootProperties { get; init; }

    /// <summary>
    /// Whether the root page's total is wanted (<c>totalCount</c>, <c>pageInfo.hasNextPage</c>). Without it a store may
    /// skip counting every match (Neo4j then cuts the page Top-k and reports a total of -1); it may also count anyway.
    /// </summary>
    public bool CountsTotal { get; init; } = true;

    public static PlanQuery ForPage(NodeQuery page, IReadOnlyList<PlanSelection> selections) => new(selections) { Page = page };

    public static PlanQuery ForLookup(PlanLookup lookup, IReadOnlyList<PlanSelection> selections) => new(selections) { Lookup = lookup };

    public static PlanQuery ForSearch(PlanSearch search, IReadOnlyList<PlanSelection> selections) => new(selections) { Search = search };

    public static PlanQuery ForTimeline(PlanTimeline timeline, IReadOnlyList<PlanSelection> selections) =>
        new(selections) { Timeline = timeline };

    public static PlanQuery ForTraversal(PlanTraversal traversal, IReadOnlyList<PlanSelection> selections) =>
        new(selections) { Traversal = traversal };

    /// <summary>Every selection of the tree, parents before their children.</summary>
    public IEnumerable<PlanSelection> AllSelections()
    {
        var pending = new Stack<PlanSelection>(Selections.Reverse());
        while (pending.TryPop(out var selection))
        {
            yield return selection;
            foreach (var child in selection.Children.Reverse())
            {
                pending.Push(child);
            }
        }
    }
}
