using System.Text.RegularExpressions;

namespace GraphServer.Store.Neo4j;

/// <summary>
/// The one place names enter Cypher text. Names come from the model only, and are still checked and back-quoted so
/// that no value can ever become query text; values always travel as parameters.
/// </summary>
internal static partial class Cypher
{
    /// <summary>The label every stored node carries besides its own, so one uniqueness constraint covers all ids.</summary>
    public const string EntityLabel = "Entity";

    public static string Name(string name) =>
        SafeName().IsMatch(name) ? $"`{name}`" : throw new ArgumentException($"'{name}' is not a safe Cypher name.", nameof(name));

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex SafeName();
}
