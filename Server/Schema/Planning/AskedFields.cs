using GraphQL;
using GraphServer.Store.Planning;

namespace GraphServer.Schema.Planning;

/// <summary>
/// The relationship fields a hand-written root's answer asks of the nodes it holds (a funnel's <c>country { targetedBy }</c>),
/// planned by path and label (<see cref="SelectionPlanner.ForPath"/>) so the root can put them below its own plan
/// selections; after the plan ran, their answers are pre-filled for their resolvers.
/// </summary>
internal sealed class AskedFields(IResolveFieldContext context)
{
    private readonly SelectionPlanner _planner = new(context);
    private readonly List<PlanSelection> _planned = [];

    /// <summary>New selections for the nodes of <paramref name="label"/> found at any of <paramref name="paths"/>.</summary>
    public IReadOnlyList<PlanSelection> At(string label, params string[][] paths)
    {
        var below = paths.SelectMany(path => _planner.ForPath(path, label)).ToList();
        _planned.AddRange(below);
        return below;
    }

    /// <summary>
    /// New selections for the nodes found at any of <paramref name="paths"/>, whose field is typed by a union or an
    /// interface (a claim's <c>statedBy</c>): each member's fields, for the parents of that member's label.
    /// </summary>
    public IReadOnlyList<PlanSelection> AtAny(params string[][] paths)
    {
        var below = paths.SelectMany(path => _planner.ForPath(path)).ToList();
        _planned.AddRange(below);
        return below;
    }

    /// <summary>
    /// Runs a root's plan with the fields it asks (<paramref name="run"/> gets them, then null when the store refused a
    /// field asked below: the root alone, and the field reports its error in its own place) and pre-fills their answers.
    /// </summary>
    public static async Task<T> RunAsync<T>(IResolveFieldContext context, Func<AskedFields?, Task<(T Answer, PlanResult Result)>> run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var asked = new AskedFields(context);
        try
        {
            var (answer, result) = await run(asked).ConfigureAwait(false);
            CompiledRead.Prefill(context, result, asked._planner, asked._planned);
            return answer;
        }
        catch (ArgumentException) when (asked._planned.Count > 0)
        {
            return (await run(null).ConfigureAwait(false)).Answer;
        }
    }
}
