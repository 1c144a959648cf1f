using GraphQL.Execution;
using GraphQL.Validation.Complexity;

namespace GraphServer.Schema.Paging;

/// <summary>
/// Cost of list fields for GraphQL.NET's complexity analyzer: each item counts as many times as the page will hold,
/// which is first or last when given and otherwise the default page size the resolver will apply, not a guess.
/// Root fields default to <see cref="PagingOptions.DefaultPageSize"/>, relationship fields (per parent) to
/// <see cref="PagingOptions.RelationshipPageSize"/>.
/// </summary>
internal static class PageCost
{
    /// <summary>For a root list field that takes first itself (search, paths).</summary>
    public static FieldComplexityResult OfList(FieldImpactContext context, PagingOptions paging) =>
        new(1, PageSize(context.Arguments, paging.DefaultPageSize));

    /// <summary>For <c>nodes</c> and <c>edges</c> of a root connection: the page size is given on the connection field.</summary>
    public static FieldComplexityResult OfConnectionPage(FieldImpactContext context, PagingOptions paging) =>
        new(1, PageSize(context.Parent?.Arguments, paging.DefaultPageSize));

    /// <summary>For <c>nodes</c> and <c>edges</c> of a relationship connection: first/last on the connection field.</summary>
    public static FieldComplexityResult OfRelationshipConnectionPage(FieldImpactContext context, PagingOptions paging) =>
        new(1, PageSize(context.Parent?.Arguments, paging.RelationshipPageSize));

    /// <summary>The page size a resolver applies: first, else last, else the default (variables are already substituted).</summary>
    public static double PageSize(IDictionary<string, ArgumentValue>? arguments, int defaultSize)
    {
        foreach (var name in (string[])["first", "last"])
        {
            if (arguments?.TryGetValue(name, out var value) == true && value.Value is int size)
            {
                return size;
            }
        }

        return defaultSize;
    }
}
