using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphServer.Model;

namespace GraphServer.Schema.Investigation.Claims;

/// <summary>The <c>ComparedClaim</c> and <c>ClaimComparison</c> types, built once and shared by claimComparisons and funnel.</summary>
internal sealed class ClaimTypes(ClaimsContext context)
{
    private ObjectGraphType? _compared;
    private ObjectGraphType? _comparison;

    public ObjectGraphType ComparedClaim => _compared ??= CreateComparedClaim();

    public ObjectGraphType ClaimComparison => _comparison ??= CreateClaimComparison();

    public static NonNullGraphType NonNullList(IGraphType item) => new(new ListGraphType(new NonNullGraphType(item)));

    private ObjectGraphType CreateComparedClaim()
    {
        var type = new ObjectGraphType
        {
            Name = "ComparedClaim",
            Description = "One stated figure: the claim, its value or range, the day it refers to, who stated it and the sources.",
        };
        var shared = context.Shared;
        type.AddField(Field<ComparedClaim>("claim", new NonNullGraphType(new GraphQLTypeReference("Claim")), "The Claim node.",
            c => c.Claim));
        type.AddField(Field<ComparedClaim>("value", shared.Float, "The stated value, or the lower end of a range.", c => c.Value));
        type.AddField(Field<ComparedClaim>("valueMax", shared.Float, "The upper end of a range; null for a single value.",
            c => c.ValueMax));
        type.AddField(Field<ComparedClaim>("asOf", shared.Date,
            "The day (or month, or year) the figure refers to, as the source states it; null when it states none.", c => c.AsOf));
        type.AddField(Field<ComparedClaim>("asOfPrecision", shared.DatePrecision, "How much of asOf is known: YEAR, MONTH or DAY.",
            c => c.AsOf is { } day ? PartialDates.PrecisionOf(day) : null));
        type.AddField(Field<ComparedClaim>("knownFrom", shared.Date, "The first day the claim was known: its asOf or, if later, the first "
            + "publication of its sources. Orders claims that state no asOf.", c => c.KnownFrom));
        type.AddField(Field<ComparedClaim>("statedBy", NonNullList(new GraphQLTypeReference(context.FarTypeName("Claim", "statedBy"))),
            "Who stated the figure (STATED_BY), by id.", c => c.StatedBy));
        type.AddField(Field<ComparedClaim>("sources", NonNullList(new GraphQLTypeReference("Citation")),
            "The sources that report the claim, each with its supporting passage.", c => c.Sources));
        return type;
    }

    private ObjectGraphType CreateClaimComparison()
    {
        var type = new ObjectGraphType
        {
            Name = "ClaimComparison",
            Description = "The claims of one metric about one subject, side by side. A claim about several subjects is in each "
                + "subject's comparison; claims about none share the comparison whose subject is null.",
        };
        var compared = ComparedClaim;
        type.AddField(Field<ClaimComparison>("metric", new NonNullGraphType(context.TypeOf("Claim", "metric")), "What the claims count.",
            c => c.Metric));
        type.AddField(Field<ClaimComparison>("subject", new GraphQLTypeReference(context.FarTypeName("Claim", "about")),
            "What the claims are about (ABOUT); null for claims about nothing in the graph.", c => c.Subject));
        type.AddField(Field<ClaimComparison>("claims", NonNullList(compared),
            "Every claim, ordered by the day its figure holds (asOf, else knownFrom; partial dates from their first day; undated "
            + "last), then by id.", c => c.Claims)
            .WithComplexityImpact(_ => new GraphQL.Validation.Complexity.FieldComplexityResult(1, context.Paging.RelationshipPageSize)));
        type.AddField(Field<ClaimComparison>("min", compared, "The claim with the lowest value (the lower end of a range); ties: the "
            + "first in claims order.", c => c.Min));
        type.AddField(Field<ClaimComparison>("max", compared, "The claim with the highest upper end (valueMax of a range, else the "
            + "value); ties: the first in claims order.", c => c.Max));
        type.AddField(Field<ClaimComparison>("latest", compared, "The claim whose figure holds on the latest day (asOf, else knownFrom; "
            + "partial dates from their first day); ties: the last in claims order. Null when no claim has a date.", c => c.Latest));
        type.AddField(Field<ClaimComparison>("disagree", new NonNullGraphType(context.Shared.Boolean),
            "True when no single figure lies within every stated interval (a value is an interval of one point, a range runs from "
            + "value to valueMax): two different values disagree, a value outside a range disagrees with it, two ranges disagree "
            + "when they do not overlap. Scope, date and unit are not compared; false for a single claim.", c => c.Disagree));
        return type;
    }

    public static FieldType Field<T>(string name, IGraphType type, string description, Func<T, object?> resolve) => new()
    {
        Name = name,
        Description = description,
        ResolvedType = type,
        Resolver = new FuncFieldResolver<object?>(c => resolve((T)c.Source!)),
    };
}
