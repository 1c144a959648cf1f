using System.Runtime.CompilerServices;
using GraphQL.Types;
using GraphQLParser.AST;

namespace GraphServer.Schema.Planning;

/// <summary>
/// <see cref="SelectedProperties.OfRelationship"/> remembered beside the document's field node. What a field occurrence
/// reads follows from its node, its fragments (in the same document) and its definition, and nothing of the request's
/// variables (directives count as selected), so a cached document, run again with other variables, reuses the answer
/// instead of walking its selections again in the planner and in every resolver that checks its pre-filled rows. The
/// table holds an entry only as long as the document lives (the document cache decides). Concurrent requests of one
/// document read the entries without a lock (an immutable array, replaced whole when one is added).
/// </summary>
internal static class SelectedPropertiesMemo
{
    private static readonly ConditionalWeakTable<GraphQLField, Entries> Fields = [];

    public static SelectedProperties Get(
        GraphQLField field, IFieldType definition, bool isConnection, Func<SelectedProperties> compute)
    {
        var entries = Fields.GetValue(field, _ => new Entries());
        foreach (var (known, connection, properties) in Volatile.Read(ref entries.Known))
        {
            if (ReferenceEquals(known, definition) && connection == isConnection)
            {
                return properties;
            }
        }

        var computed = compute();
        Entry[] before, after;
        do
        {
            before = Volatile.Read(ref entries.Known);
            after = [.. before, new Entry(definition, isConnection, computed)];
        }
        while (Interlocked.CompareExchange(ref entries.Known, after, before) != before);

        return computed;
    }

    private readonly record struct Entry(IFieldType Definition, bool IsConnection, SelectedProperties Properties);

    /// <summary>The answers for one field node: by definition (a fragment on an interface meets several) and kind.</summary>
    private sealed class Entries
    {
#pragma warning disable SA1401, CA1051 // A field, so it can be swapped with Interlocked.
        public Entry[] Known = [];
#pragma warning restore SA1401, CA1051
    }
}
