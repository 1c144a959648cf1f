using GraphQL.Types;
using GraphServer.Store;

namespace GraphServer.Schema.Types;

/// <summary><c>SortEnumType</c> with ASC and DESC, named as HotChocolate names it so that users' queries carry over.</summary>
internal sealed class SortEnumType : EnumerationGraphType
{
    public SortEnumType()
    {
        Name = "SortEnumType";
        Description = "Direction of an ordering key. Nulls sort last ascending and first descending.";
        Add("ASC", SortDirection.Ascending, "Ascending.");
        Add("DESC", SortDirection.Descending, "Descending.");
    }
}
