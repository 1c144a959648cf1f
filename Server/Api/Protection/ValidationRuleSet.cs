using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;
using GraphServer.Api.Http;

namespace GraphServer.Api.Protection;

/// <summary>
/// The validation rules a request runs: for a new document every rule of the spec, our depth and cost limits, and the
/// introspection switch; for a cached document only the cost, because first/last may come from variables.
/// </summary>
internal sealed class ValidationRuleSet
{
    public ValidationRuleSet(GraphQLHttpOptions options)
    {
        var complexity = new CostLimitRule(new ComplexityOptions
        {
            MaxDepth = options.MaxDepth,
            MaxComplexity = options.MaxComplexity,
            DefaultListImpactMultiplier = options.DefaultListSize,
        });
        List<IValidationRule> rules = [.. DocumentValidator.CoreRules, complexity];
        if (!options.Introspection)
        {
            rules.Add(NoIntrospectionValidationRule.Instance);
        }

        ForNewDocument = rules;
        ForCachedDocument = [complexity];
    }

    public IReadOnlyList<IValidationRule> ForNewDocument { get; }

    public IReadOnlyList<IValidationRule> ForCachedDocument { get; }

}
