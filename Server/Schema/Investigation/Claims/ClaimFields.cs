using GraphQL.Types;
using GraphServer.Model;
using GraphServer.Schema.Generation;
using GraphServer.Schema.Investigation.Funnel;
using GraphServer.Schema.Paging;
using GraphServer.Store;

namespace GraphServer.Schema.Investigation.Claims;

/// <summary>The one registration point of the claims-side fields: <c>claimComparisons</c> and <c>funnel</c>.</summary>
internal static class ClaimFields
{
    public static void AddTo(
        ObjectGraphType query, GraphModel model, IGraphStore store, PagingOptions paging, SharedTypes shared, bool compileSelections)
    {
        var context = new ClaimsContext(model, store, paging, shared) { CompileSelections = compileSelections };
        var types = new ClaimTypes(context);
        ClaimComparisonField.AddTo(query, context, types);
        FunnelField.AddTo(query, context, types);
    }
}
