using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphServer.Model;
using GraphServer.Schema.Generation;
using GraphServer.Store;

namespace GraphServer.Schema.Investigation.Trace;

/// <summary>
/// The GraphQL types of a trace: <c>Trace</c>, <c>TraceBranch</c>, <c>TraceStep</c>, <c>TraceHop</c>, <c>TracePromise</c>,
/// <c>TraceOutcome</c>, <c>TraceConnection</c>/<c>TraceEdge</c> and the <c>TraceFilter</c> input. Property fields take
/// their types from the model (the generated enums), so they read as the node types do.
/// </summary>
internal sealed class TraceTypes
{
    private readonly InvestigationContext _context;
    private readonly TraceChain _chain;
    private readonly EnumerationGraphType _hop;

    public TraceTypes(InvestigationContext context, TraceChain chain, int maxBranches)
    {
        _context = context;
        _chain = chain;
        _hop = HopType();
        var step = StepType();
        var branch = BranchType(step, PromiseType(), OutcomeType());
        Trace = TraceType(branch, maxBranches);
        Connection = ConnectionType(Trace);
        Filter = FilterType();
    }

    public ObjectGraphType Trace { get; }

    public ObjectGraphType Connection { get; }

    public InputObjectGraphType Filter { get; }

    private static EnumerationGraphType HopType()
    {
        var hop = new EnumerationGraphType
        {
            Name = "TraceHop",
            Description = "A hop of the chain recruiter → offer → ad channel → fighter → unit → deployment location → outcome event.",
        };
        foreach (var value in Enum.GetValues<TraceHop>())
        {
            hop.Add(Names.EnumValue(value.ToString()), value, HopDescription(value));
        }

        return hop;
    }

    private static string HopDescription(TraceHop hop) => hop switch
    {
        TraceHop.Recruiter =>
            "The recruiter who placed the offer (PLACED), or, where no offer names one, who signed the fighter up (RECRUITED).",
        TraceHop.Offer => "The offer the fighter answered (ANSWERED): the promise.",
        TraceHop.AdChannel => "A channel the offer ran on (ADVERTISED_ON).",
        TraceHop.Fighter => "The fighter traced; the step's sources are the fighter's own.",
        TraceHop.Unit => "A unit the fighter was put in (SERVED_IN).",
        TraceHop.Location => "A place the unit was deployed to (DEPLOYED_TO).",
        _ => "An event the fighter was the subject of (SUBJECT_OF): capture, surrender, death, exchange.",
    };

    private ObjectGraphType StepType()
    {
        var shared = _context.Shared;
        var step = new ObjectGraphType
        {
            Name = "TraceStep",
            Description = "One hop of a branch: the node, the relationship that brings it into the chain, and the evidence for that "
                + "relationship. A missing hop has no node and no sources, and still names the relationship that would bring it.",
        };
        step.AddField(Field("hop", new NonNullGraphType(_hop), "Which hop this is.", (TraceStep s) => s.Hop));
        step.AddField(Field("relationship", shared.String,
            "The relationship type that joins this step's node to the node of linksTo (null for the fighter, the chain's root).",
            (TraceStep s) => s.Relationship));
        step.AddField(Field("linksTo", _hop,
            "The hop whose node is at the other end of relationship: the previous hop, except FIGHTER (its relationship ANSWERED "
            + "reaches the OFFER) and OUTCOME (SUBJECT_OF reaches the FIGHTER), since the model links no channel to a fighter "
            + "and no place to a fighter's event.",
            (TraceStep s) => s.LinksTo));
        step.AddField(Field("node", _context.Node, "The node of this hop; null when the hop is missing.", (TraceStep s) => s.Node));
        step.AddField(Field("missing", new NonNullGraphType(shared.Boolean),
            "True when the graph holds nothing for this hop (as of the day).",
            (TraceStep s) => s.Missing));
        step.AddField(Field("confidence", _context.Confidence,
            "The weaker of the relationship's and the node's confidence (the fighter's own for FIGHTER); null when either has none: "
            + "unknown counts as weaker than DISPUTED.",
            (TraceStep s) => s.Confidence));
        step.AddField(Field("sources", NonNullList(_context.Citation),
            "The sources of the relationship, each with its passage (the fighter's own sources for FIGHTER); under asOf only those "
            + "published by the day.",
            (TraceStep s) => s.Sources));
        return step;
    }

    private ObjectGraphType PromiseType()
    {
        var offer = _chain.Offer.Label;
        var promise = new ObjectGraphType
        {
            Name = "TracePromise",
            Description = "What the offer of a branch promised: role, pay and benefits, to set against the outcome.",
        };
        promise.AddField(Field("offer", new NonNullGraphType(_context.ObjectTypes[offer]), "The offer itself.", (GraphNode o) => o));
        foreach (var name in (string[])["promisedRole", "salaryAmount", "salaryAmountMax", "salaryCurrency", "salaryPeriod",
                     "bonusAmount", "bonusCurrency", "benefits"])
        {
            var property = _context.Model.GetNode(offer).FindProperty(name)
                ?? throw new InvalidOperationException($"The model declares no {offer}.{name}.");
            promise.AddField(Field(name, _context.TypeOf(offer, name), property.Description, (GraphNode o) => o[name]));
        }

        return promise;
    }

    private ObjectGraphType OutcomeType()
    {
        var (unit, @event, fighter) = (_chain.Unit.Label, _chain.Outcome.Label, _chain.Fighter);
        var eventDate = _context.Model.GetNode(@event).KnownFrom!.Name;
        var outcome = new ObjectGraphType
        {
            Name = "TraceOutcome",
            Description = "What became of the fighter in a branch: the unit and the role in it, the event, and the last known status.",
        };
        outcome.AddField(Field("unit", _context.ObjectTypes[unit], "The unit of the branch; null when none is known.",
            (TraceBranch b) => b[TraceHop.Unit].Node));
        outcome.AddField(Field("unitKind", _context.TypeOf(unit, _chain.UnitKind), "Kind of the unit (assault, regular, pmc, volunteer).",
            (TraceBranch b) => b[TraceHop.Unit].Node?[_chain.UnitKind]));
        outcome.AddField(Field("role", _context.Shared.String, "The fighter's role in the unit, as the SERVED_IN relationship records it.",
            (TraceBranch b) => b[TraceHop.Unit].Edge?.Properties.GetValueOrDefault(_chain.Role)));
        outcome.AddField(Field("event", _context.ObjectTypes[@event], "The outcome event of the branch; null when none is known.",
            (TraceBranch b) => b[TraceHop.Outcome].Node));
        outcome.AddField(Field("happened", _context.TypeOf(@event, _chain.OutcomeKind),
            "What the event was: capture, surrender, death, exchange…; null without an event (see status).",
            (TraceBranch b) => b[TraceHop.Outcome].Node?[_chain.OutcomeKind]));
        outcome.AddField(Field("date", _context.Shared.Date, "When the event happened, as precisely as its source says.",
            (TraceBranch b) => b[TraceHop.Outcome].Node?[eventDate]));
        outcome.AddField(Field("datePrecision", _context.Shared.DatePrecision, "How much of date is known.",
            (TraceBranch b) => b[TraceHop.Outcome].Node?[eventDate] is string date ? PartialDates.PrecisionOf(date) : null));
        outcome.AddField(Field("status", _context.TypeOf(fighter, _chain.Status),
            "The fighter's last known status (captured, killed, missing, deserted, …): the outcome where no event records it.",
            (TraceBranch b) => b.FighterStatus));
        return outcome;
    }

    private ObjectGraphType BranchType(ObjectGraphType step, ObjectGraphType promise, ObjectGraphType outcome)
    {
        var branch = new ObjectGraphType
        {
            Name = "TraceBranch",
            Description = "One chain from a recruiter to an outcome through one offer, channel, unit, place and event: a step per hop.",
        };
        branch.AddField(Field("steps", NonNullList(step), "Seven steps, one per hop in TraceHop order; missing hops included.",
            (TraceBranch b) => b.Steps).WithComplexityImpact(_ => new(1, Enum.GetValues<TraceHop>().Length)));
        branch.AddField(Field("promise", promise, "What the branch's offer promised; null when no offer is known.",
            (TraceBranch b) => b.Promise));
        branch.AddField(Field("outcome", outcome, "What became of the fighter on this branch.", (TraceBranch b) => b));
        branch.AddField(Field("weakestConfidence", _context.Confidence,
            "The weakest confidence over the branch's present steps; null when a step has none (unknown is the weakest).",
            (TraceBranch b) => b.WeakestConfidence));
        branch.AddField(Field("missing", NonNullList(_hop), "The hops the graph holds nothing for, in order; never silently dropped.",
            (TraceBranch b) => b.Missing).WithComplexityImpact(_ => new(1, Enum.GetValues<TraceHop>().Length)));
        return branch;
    }

    private ObjectGraphType TraceType(ObjectGraphType branch, int maxBranches)
    {
        var trace = new ObjectGraphType
        {
            Name = "Trace",
            Description = "A fighter's way from the recruiter's promise to what happened, with the evidence for every hop.",
        };
        trace.AddField(Field("fighter", new NonNullGraphType(_context.ObjectTypes[_chain.Fighter]), "The fighter traced.",
            (FighterTrace t) => t.Fighter));
        trace.AddField(Field("branches", NonNullList(branch),
            $"One branch per combination of offer (with its recruiter and channel), unit (with its place) and outcome event, at "
            + $"most {maxBranches}, ordered by the ids of offer, recruiter, channel, unit and place, then by event date.",
            (FighterTrace t) => t.Branches).WithComplexityImpact(_ => new(1, maxBranches)));
        trace.AddField(Field("weakestConfidence", _context.Confidence,
            "The weakest confidence over every branch; null when some step has none (unknown counts as the weakest).",
            (FighterTrace t) => t.WeakestConfidence));
        trace.AddField(Field("truncated", new NonNullGraphType(_context.Shared.Boolean),
            $"True when the fighter has more than {maxBranches} branches and only the first are given.", (FighterTrace t) => t.Truncated));
        return trace;
    }

    private ObjectGraphType ConnectionType(ObjectGraphType trace)
    {
        var edge = new ObjectGraphType { Name = "TraceEdge", Description = "A trace in a page, with its cursor." };
        edge.AddField(Field("cursor", new NonNullGraphType(_context.Shared.String), "Where the trace sits in the list.",
            ((string Cursor, FighterTrace Trace) e) => e.Cursor));
        edge.AddField(Field("node", new NonNullGraphType(trace), "The trace.", ((string Cursor, FighterTrace Trace) e) => e.Trace));

        var connection = new ObjectGraphType
        {
            Name = "TraceConnection",
            Description = "A page of traces, one per fighter, in the order traces was asked for (by fighter id by default).",
        };
        connection.AddField(Field("nodes", NonNullList(trace), "The traces of the page.", (TracePage p) => p.Traces)
            .WithComplexityImpact(c => new(1, Paging.PageCost.PageSize(c.Parent?.Arguments, TraceFields.DefaultPageSize))));
        connection.AddField(Field("edges", NonNullList(edge), "The traces with their cursors.",
                (TracePage p) => p.Edges.Select(e => (object)e).ToList())
            .WithComplexityImpact(c => new(1, Paging.PageCost.PageSize(c.Parent?.Arguments, TraceFields.DefaultPageSize))));
        connection.AddField(Field("pageInfo", new NonNullGraphType(_context.Shared.PageInfo), "Where the page sits.", (TracePage p) => p));
        connection.AddField(Field("totalCount", new NonNullGraphType(_context.Shared.Int), "How many fighters match the filter.",
            (TracePage p) => checked((int)p.TotalCount)));
        return connection;
    }

    private InputObjectGraphType FilterType()
    {
        var ids = new ListGraphType(new NonNullGraphType(_context.Shared.Id));
        var filter = new InputObjectGraphType
        {
            Name = "TraceFilter",
            Description = "Which fighters to trace, by any step of the chain: every given field must hold, any value of a field "
                + "may; an empty list matches nothing.",
        };
        filter.AddField(Input(TraceFilterTranslator.Country, ids, "Citizens of these countries (CITIZEN_OF), by id."));
        filter.AddField(Input(TraceFilterTranslator.Platform, List(_context.TypeOf(_chain.AdChannel.Label, _chain.Platform)),
            "Who answered an offer that ran on a channel of these platforms."));
        filter.AddField(Input(TraceFilterTranslator.Recruiter, ids,
            "Recruited by one of these recruiters, or answered an offer one of them placed, by id."));
        filter.AddField(Input(TraceFilterTranslator.UnitKind, List(_context.TypeOf(_chain.Unit.Label, _chain.UnitKind)),
            "Put in a unit of one of these kinds."));
        filter.AddField(Input(TraceFilterTranslator.Outcome, List(_context.TypeOf(_chain.Outcome.Label, _chain.OutcomeKind)),
            "The subject of an event of one of these kinds."));
        filter.AddField(Input(TraceFilterTranslator.Status, List(_context.TypeOf(_chain.Fighter, _chain.Status)),
            "With one of these last known statuses."));
        return filter;
    }

    private static ListGraphType List(IGraphType item) => new(new NonNullGraphType(item));

    private static NonNullGraphType NonNullList(IGraphType item) => new(new ListGraphType(new NonNullGraphType(item)));

    private static FieldType Input(string name, IGraphType type, string description) =>
        new() { Name = name, ResolvedType = type, Description = description };

    private static FieldType Field<TSource>(string name, IGraphType type, string description, Func<TSource, object?> resolve) => new()
    {
        Name = name,
        Description = description,
        ResolvedType = type,
        Resolver = new FuncFieldResolver<object?>(context => resolve((TSource)context.Source!)),
    };
}
