using GraphServer.Model;
using GraphServer.Schema.Generation;
using GraphServer.Schema.Paging;
using GraphServer.Store;

namespace GraphServer.Schema.Investigation.Claims;

/// <summary>
/// What the claims and funnel fields need from the generated schema. Generated types (Claim, Country, the Speaker and
/// ClaimSubject unions, Citation) are referenced by name, so these fields need no handle on the generators.
/// </summary>
internal sealed record ClaimsContext(GraphModel Model, IGraphStore Store, PagingOptions Paging, SharedTypes Shared)
{
    /// <summary>Whether a field may read its store calls as one plan (GraphServer:Http:CompileSelections).</summary>
    public bool CompileSelections { get; init; }

    /// <summary>The type of a property of a label: its generated enum where it has one (ClaimMetric), else its scalar.</summary>
    public GraphQL.Types.IGraphType TypeOf(string label, string property) =>
        Shared.TypeOf(label, Model.GetNode(label).FindProperty(property)
            ?? throw new InvalidOperationException($"The model declares no {label}.{property}."));

    /// <summary>The GraphQL type name of what a relationship end reaches (its label, or the union the model names).</summary>
    public string FarTypeName(string label, string field)
    {
        var end = Model.FindEnd(label, field) ?? throw new InvalidOperationException($"The model declares no {label}.{field}.");
        return end.UnionName ?? end.FarLabels.Single();
    }
}
