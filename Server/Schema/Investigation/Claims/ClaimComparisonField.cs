using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQL.Validation.Complexity;
using GraphServer.Schema.Paging;
using GraphServer.Schema.Planning;
using GraphServer.Schema.Time;

namespace GraphServer.Schema.Investigation.Claims;

/// <summary>
/// <c>claimComparisons(metric: ClaimMetric, about: ID, asOf: Date, first: Int): [ClaimComparison!]!</c>: the claims grouped
/// by metric and subject, each group with min, max, latest and whether they disagree (<see cref="ClaimComparisons"/>).
/// At most three store calls (<see cref="ClaimReader"/>).
/// </summary>
internal static class ClaimComparisonField
{
    public const string Name = "claimComparisons";

    /// <summary>Claims one comparison reads at most, as a multiple of the largest page: past it the caller narrows the question.</summary>
    public const int MaxClaimsPerPage = 10;

    public static void AddTo(ObjectGraphType query, ClaimsContext context, ClaimTypes types)
    {
        var paging = context.Paging;
        var reader = new ClaimReader(context.Store, paging.MaxPageSize * MaxClaimsPerPage);
        query.AddField(new FieldType
        {
            Name = Name,
            Description = "What different sources claim, side by side: claims grouped by metric and by the subject they are about, "
                + "ordered by metric, then subject id (claims about nothing last), with every stated value or range, who stated it, "
                + "when and the sources. An unknown about gives an empty list. More than "
                + $"{paging.MaxPageSize * MaxClaimsPerPage} matching claims is an error ({ClaimReader.TooManyCode}): "
                + "narrow with metric or about.",
            ResolvedType = ClaimTypes.NonNullList(types.ClaimComparison),
            Arguments = new QueryArguments(
                new QueryArgument(context.TypeOf("Claim", "metric")) { Name = "metric", Description = "Only claims of this metric." },
                new QueryArgument(context.Shared.Id)
                {
                    Name = "about",
                    Description = "Only claims about this node (ABOUT), e.g. country:IN.",
                },
                AsOfArgument.Create(context.Model, context.Shared),
                new QueryArgument(context.Shared.Int)
                {
                    Name = "first",
                    Description = $"At most this many comparisons (default {paging.DefaultPageSize}, at most {paging.MaxPageSize}).",
                }),
            Resolver = new FuncFieldResolver<object?>(async c =>
                await ResolveAsync(c, reader, paging, context.CompileSelections).ConfigureAwait(false)),
        }.WithComplexityImpact(impact => new FieldComplexityResult(1, PageCost.PageSize(impact.Arguments, paging.DefaultPageSize))));
    }

    private static async Task<object?> ResolveAsync(IResolveFieldContext context, ClaimReader reader, PagingOptions paging, bool compile)
    {
        var first = context.GetArgument<int?>("first") ?? paging.DefaultPageSize;
        if (first < 0 || first > paging.MaxPageSize)
        {
            throw new ExecutionError($"first must be between 0 and {paging.MaxPageSize}; {first} given.") { Code = "INVALID_ARGUMENT" };
        }

        IReadOnlyList<string>? metrics = context.GetArgument<string?>("metric") is { } metric ? [metric] : null;
        var asOf = AsOfArgument.Inherited(context);
        if (compile)
        {
            var subject = context.GetArgument<string?>("about");
            return await AskedFields.RunAsync(context, async asked =>
            {
                var (planned, subjectsOf, result) = subject is not null
                    ? await reader.AboutPlannedAsync(subject, metrics, asOf, asked, context.CancellationToken).ConfigureAwait(false)
                    : await reader.AllPlannedAsync(metrics, asOf, asked, context.CancellationToken).ConfigureAwait(false);
                return ((object?)ClaimComparisons.Of(planned, subjectsOf).Take(first).ToList(), result);
            }).ConfigureAwait(false);
        }

        if (context.GetArgument<string?>("about") is { } about)
        {
            var subjects = await reader.SubjectAsync(about, context.CancellationToken).ConfigureAwait(false);
            var claims = await reader.AboutAsync(about, metrics, asOf, context.CancellationToken).ConfigureAwait(false);
            return ClaimComparisons.Of(claims, subjects).Take(first).ToList();
        }

        var (all, subjectsById) = await reader.AllAsync(metrics, asOf, context.CancellationToken).ConfigureAwait(false);
        return ClaimComparisons.Of(all, subjectsById).Take(first).ToList();
    }
}
