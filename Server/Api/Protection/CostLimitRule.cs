using System.Globalization;
using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Errors.Custom;
using GraphQL.Validation.Rules.Custom;

namespace GraphServer.Api.Protection;

/// <summary>
/// GraphQL.NET's complexity rule with errors that help: a query too deep names the one limit it broke; a query too
/// costly names the fields that cost most and says to page them. The cost and depth of every request are recorded
/// for <c>extensions.cost</c>. The error code stays <c>COMPLEXITY</c> for both.
/// </summary>
internal sealed class CostLimitRule(ComplexityOptions options) : ComplexityValidationRule(options)
{
    protected override async ValueTask ValidateComplexityAsync(ValidationContext context, double totalComplexity, int maxDepth)
    {
        if (context.UserContext.TryGetValue(RequestCost.UserContextKey, out var value) && value is RequestCost cost)
        {
            cost.Complexity = totalComplexity;
            cost.Depth = maxDepth;
        }

        if (maxDepth > Options.MaxDepth)
        {
            context.ReportError(new ComplexityError(string.Create(CultureInfo.InvariantCulture,
                $"Query is too deeply nested: this server allows at most {Options.MaxDepth} levels of fields and this query has {maxDepth}.")));
        }
        else if (totalComplexity > Options.MaxComplexity)
        {
            context.ReportError(new ComplexityError(await ExplainAsync(context, totalComplexity, Options.MaxComplexity.Value).ConfigureAwait(false)));
        }
    }

    /// <summary>Runs the analysis again, this time recording each field (see <see cref="CostInstrumentation"/>).</summary>
    private async Task<string> ExplainAsync(ValidationContext context, double totalComplexity, int limit)
    {
        var breakdown = new CostBreakdown();
        context.UserContext[CostBreakdown.UserContextKey] = breakdown;
        try
        {
            await CalculateComplexityAsync(context).ConfigureAwait(false);
        }
        finally
        {
            context.UserContext.Remove(CostBreakdown.UserContextKey);
        }

        return breakdown.Explain(totalComplexity, limit);
    }
}
