namespace GraphServer.Schema.Generation;

/// <summary>Naming conventions of the generated schema (HotChocolate's, so users' habits carry over).</summary>
internal static class Names
{
    public static string Connection(string label) => label + "Connection";

    public static string Edge(string label) => label + "Edge";

    public static string SortInput(string label) => label + "SortInput";

    public static string SingleField(string label) => char.ToLowerInvariant(label[0]) + label[1..];
}
