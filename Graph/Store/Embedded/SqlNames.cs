using GraphServer.Model;

namespace GraphServer.Store.Embedded;

/// <summary>
/// The one place names enter SQL text. Property names and types come from the model, which only admits plain names
/// (<see cref="GraphModel.IsPlainName"/>); they are written as literals so that SQLite can match expression indexes.
/// Values always travel as parameters.
/// </summary>
internal static class SqlNames
{
    /// <summary>
    /// <c>json_extract(n.props, '$.status')</c>: the exact text the expression indexes are declared with. A node's id is
    /// its own column (unique, and in the label index), equal to the id its JSON holds: filters and orders on it read the
    /// column, so an id filter is an index lookup and an id order needs no JSON.
    /// </summary>
    public static string Property(string alias, string name) =>
        name == CommonProperties.Id ? $"{alias}.id" : $"json_extract({alias}.props, '$.{Checked(name)}')";

    /// <summary>The index keyed by node id that holds <paramref name="name"/>'s value (see <c>SqliteSchema.CountedByIdProperties</c>).</summary>
    public static string ByIdIndex(string name) => "ixid_" + Checked(name);

    public static string Literal(string name) => $"'{Checked(name)}'";

    public static string Checked(string name) =>
        GraphModel.IsPlainName(name) ? name : throw new ArgumentException($"'{name}' is not a plain name.", nameof(name));
}
