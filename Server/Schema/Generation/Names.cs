namespace GraphServer.Schema.Generation;

/// <summary>Naming conventions of the generated schema (HotChocolate's, so users' habits carry over).</summary>
internal static class Names
{
    public static string Connection(string label) => label + "Connection";

    public static string Edge(string label) => label + "Edge";

    public static string SortInput(string label) => label + "SortInput";

    public static string SingleField(string label) => char.ToLowerInvariant(label[0]) + label[1..];

    /// <summary>
    /// An outgoing relationship field, named as the @neo4j/introspector names them: the type in camel case, then the
    /// far end's collection (<c>TARGETS</c> to Country gives <c>targetsCountries</c>).
    /// </summary>
    public static string Outgoing(string relationshipType, string farCollection) => Camel(relationshipType) + Pascal(farCollection);

    /// <summary>An incoming relationship field: the near end's collection, then the type (<c>offersTargets</c> on Country).</summary>
    public static string Incoming(string relationshipType, string farCollection) => farCollection + Pascal(Camel(relationshipType));

    private static string Camel(string upperSnake)
    {
        var words = upperSnake.Split('_', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => char.ToUpperInvariant(w[0]) + w[1..].ToLowerInvariant());
        var pascal = string.Concat(words);
        return char.ToLowerInvariant(pascal[0]) + pascal[1..];
    }

    private static string Pascal(string camel) => char.ToUpperInvariant(camel[0]) + camel[1..];
}
