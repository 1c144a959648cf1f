using GraphQL;

namespace GraphServer.Schema.Paging;

/// <summary>
/// Relay arguments (first/after, last/before) turned into a skip/take window over an ordered list, following the
/// Relay cursor connections spec: slice by the cursors, then take from the front (first) or the back (last).
/// </summary>
internal readonly record struct PageWindow(long Skip, int Take, bool NeedsTotalFirst, int? Last, long? BeforeOffset)
{
    /// <param name="defaultSize">Page size without first or last; the options' root default when not given.</param>
    public static PageWindow From(int? first, string? after, int? last, string? before, PagingOptions options, int? defaultSize = null)
    {
        if (first is < 0 || last is < 0)
        {
            throw new ExecutionError("first and last must not be negative.") { Code = "INVALID_PAGING" };
        }

        if (first is not null && last is not null)
        {
            throw new ExecutionError("Give either first or last, not both.") { Code = "INVALID_PAGING" };
        }

        if ((first ?? last ?? 0) > options.MaxPageSize)
        {
            throw new ExecutionError($"A page holds at most {options.MaxPageSize} items; ask for fewer and follow the cursors.")
            { Code = "PAGE_TOO_LARGE" };
        }

        var start = after is null ? 0 : Decode(after, "after") + 1;
        long? end = before is null ? null : Decode(before, "before");
        if (last is not null)
        {
            // Taking from the back needs the end of the slice: the before cursor, else the total count.
            return new PageWindow(start, last.Value, end is null, last, end);
        }

        var take = first ?? defaultSize ?? options.DefaultPageSize;
        if (end is not null)
        {
            take = (int)Math.Max(0, Math.Min(take, end.Value - start));
        }

        return new PageWindow(start, take, false, null, end);
    }

    /// <summary>For <c>last</c>: the window once the end of the slice is known.</summary>
    public PageWindow FromEnd(long end)
    {
        var from = Math.Max(Skip, end - Last!.Value);
        return this with { Skip = from, Take = (int)Math.Max(0, end - from) };
    }

    private static long Decode(string cursor, string argument) =>
        OffsetCursor.TryDecode(cursor, out var offset)
            ? offset
            : throw new ExecutionError($"The {argument} cursor is not one this server issued.") { Code = "INVALID_CURSOR" };
}
