using GraphQL.Execution;
using GraphQL.Validation.Complexity;

namespace GraphServer.Schema.Paging;

/// <summary>
/// Cost of list fields for GraphQL.NET's complexity analyzer: each item counts as many times as the page will hold,
/// which is first or last when given and otherwise the default page size the resolver will apply, not a guess.
/// </summary>
internal static class PageCost
{
    /// <summary>For a list field that takes first itself (relationship fields).</summary>
    public static FieldComplexityResult OfList(FieldImpactContext context, PagingOptions paging) =>
        new(1, PageSize(context.Arguments, paging));

    /// <summary>For <c>nodes</c> and <c>edges</c> of a connection: the page size is given on the connection field.</summary>
    public static FieldComplexityResult OfConnectionPage(FieldImpactContext context, PagingOptions paging) =>
        new(1, PageSize(context.Parent?.Arguments, paging));

    private static double PageSize(IDictionary<string, ArgumentValue>? arguments, PagingOptions paging)
    {
        foreach (var name in (string[])["first", "last"])
        {
            if (arguments?.TryGetValue(name, out var value) == true && value.Value is int size)
            {
                return size;
            }
        }

        return paging.DefaultPageSize;
    }
}
