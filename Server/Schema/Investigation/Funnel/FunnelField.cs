using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQL.Validation.Complexity;
using GraphServer.Schema.Aggregation;
using GraphServer.Schema.Investigation.Claims;
using GraphServer.Schema.Time;

namespace GraphServer.Schema.Investigation.Funnel;

/// <summary>
/// <c>funnel(country: ID!, asOf: Date): Funnel</c>: offers aimed at a country, then its citizens recruited, deployed and
/// what became of them, each stage counted from records beside the figures claims report (<see cref="FunnelCounter"/>).
/// </summary>
internal static class FunnelField
{
    public const string Name = "funnel";

    public static void AddTo(ObjectGraphType query, ClaimsContext context, ClaimTypes claimTypes)
    {
        var reader = new ClaimReader(context.Store, context.Paging.MaxPageSize * ClaimComparisonField.MaxClaimsPerPage);
        var counter = new FunnelCounter(context.Store, reader, context.CompileSelections);
        var stageName = new EnumerationGraphType { Name = "FunnelStageName", Description = "The stages of a funnel, in order." };
        foreach (var (name, counts, metrics) in FunnelStages.All)
        {
            var reportedBy = metrics.Count == 0 ? " No claim metric reports it." : $" Reported by: {string.Join(", ", metrics)}.";
            stageName.Add(name, name, counts + reportedBy);
        }

        var stage = new ObjectGraphType { Name = "FunnelStage", Description = "One stage: counted from records, and reported in claims." };
        stage.AddField(ClaimTypes.Field<FunnelStage>("stage", new NonNullGraphType(stageName), "Which stage (see FunnelStageName for "
            + "what each counts).", s => s.Stage));
        stage.AddField(SmallCounts.Mark(ClaimTypes.Field<FunnelStage>("counted", context.Shared.Int, "How many records the stage counts "
            + "(see FunnelStageName); a fighter stage never exceeds the stage before it. Counts below the small-count threshold are "
            + "suppressed for roles that get SMALL_COUNT_SUPPRESSED on totalCount.", s => checked((int)s.Counted))));
        stage.AddField(ClaimTypes.Field<FunnelStage>("reported", ClaimTypes.NonNullList(claimTypes.ComparedClaim), "Claims about the "
            + "country whose metric reports this stage, with who stated them and the sources, in claims order (asOf, else knownFrom).",
            s => s.Reported).WithComplexityImpact(_ => new FieldComplexityResult(1, context.Paging.RelationshipPageSize)));

        var funnel = new ObjectGraphType { Name = "Funnel", Description = "A country's recruitment funnel." };
        funnel.AddField(ClaimTypes.Field<CountryFunnel>("country", new NonNullGraphType(new GraphQLTypeReference("Country")),
            "The country.",
            f => f.Country));
        funnel.AddField(ClaimTypes.Field<CountryFunnel>("stages", ClaimTypes.NonNullList(stage), "Every stage, in funnel order.",
                f => f.Stages)
            .WithComplexityImpact(_ => new FieldComplexityResult(1, FunnelStages.All.Count)));

        query.AddField(new FieldType
        {
            Name = Name,
            Description = "A country's recruitment funnel: offers aimed at it, its citizens recruited, deployed, then captured, "
                + "killed, missing, repatriated or deserted; each stage counted from individual records and, beside it, the figures "
                + "claims about the country report, with their sources. Null when the id is not a Country.",
            ResolvedType = funnel,
            Arguments = new QueryArguments(
                new QueryArgument(new NonNullGraphType(context.Shared.Id))
                {
                    Name = "country",
                    Description = "The country, e.g. country:KE.",
                },
                AsOfArgument.Create(context.Model, context.Shared)),
            Resolver = new FuncFieldResolver<object?>(async c => await counter.CountAsync(
                c.GetArgument<string>("country"), AsOfArgument.Inherited(c), c).ConfigureAwait(false)),
        }.WithComplexityImpact(_ => new FieldComplexityResult(1, 1)));
    }
}
