using GraphQL.Types;
using GraphServer.Model;
using GraphServer.Schema.Generation;
using GraphServer.Schema.Paging;
using GraphServer.Store;

namespace GraphServer.Schema.Investigation;

/// <summary>
/// What a hand-written investigative field (trace, timeline, …) needs from the generated schema: the model, the store,
/// the paging limits, the shared scalar and enum instances, and the generated node types its answers point at.
/// </summary>
internal sealed record InvestigationContext(
    GraphModel Model,
    IGraphStore Store,
    PagingOptions Paging,
    SharedTypes Shared,
    InterfaceGraphType Node,
    IReadOnlyDictionary<string, ObjectGraphType> ObjectTypes)
{
    /// <summary>The Citation type the generated schema gives every <c>sources</c> field.</summary>
    public required IGraphType Citation { get; init; }

    /// <summary>Whether a field may read its store calls as one plan (GraphServer:Http:CompileSelections).</summary>
    public bool CompileSelections { get; init; }

    /// <summary>The <c>Confidence</c> enum (the shared vocabulary of every node and relationship).</summary>
    public IGraphType Confidence =>
        Shared.TypeOf(Model.NodeTypes[0].Label, Model.NodeTypes[0].FindProperty(CommonProperties.Confidence)!);

    /// <summary>The output and input type of one property of a label (its generated enum where it has one).</summary>
    public IGraphType TypeOf(string label, string property) =>
        Shared.TypeOf(label, Model.GetNode(label).FindProperty(property)
            ?? throw new InvalidOperationException($"The model declares no {label}.{property}."));
}
