using GraphQL;
using GraphServer.Model;

namespace GraphServer.Schema.Mutations;

/// <summary>Reading the one <c>input</c> argument of a mutation (an input object arrives as a name → value map).</summary>
internal static class MutationInput
{
    public const string Argument = "input";

    public static IReadOnlyDictionary<string, object?> Of(IResolveFieldContext context) =>
        context.GetArgument<Dictionary<string, object?>>(Argument) ?? new Dictionary<string, object?>();

    /// <summary>The model properties given in the input (null values included: they clear), by the label's declarations.</summary>
    public static Dictionary<string, object?> Properties(IReadOnlyDictionary<string, object?> input, NodeType type) =>
        input.Where(p => type.FindProperty(p.Key) is { IsDerived: false })
            .ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);

    public static long Version(IReadOnlyDictionary<string, object?> input) =>
        Convert.ToInt64(input[MutationInputs.Version], System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>New inline Sources are created, never replaced: each expects version 0.</summary>
    public static Dictionary<string, long> NewSourceExpectations(SourceRefs? refs) =>
        (refs?.Refs ?? []).Where(r => r.IsNew).DistinctBy(r => r.SourceId)
            .ToDictionary(r => r.SourceId, _ => 0L, StringComparer.Ordinal);

    public static MutationError AlreadyStored(string path, string id, long version) =>
        MutationError.Invalid(path, $"{id} is already stored (version {version}); refer to it by id instead of creating it");
}
