using System.Runtime.CompilerServices;
using System.Text;
using GraphServer.Model;

namespace GraphServer.Store.Embedded;

/// <summary>
/// The declared properties <see cref="PropertyJson.Read"/> looks for, with their UTF-8 names, computed once per declared
/// list (a node type's, a relationship type's) and per projection list of a plan (both live as long as the model or plan).
/// </summary>
internal static class PropertySlots
{
    private static readonly ConditionalWeakTable<IReadOnlyList<PropertyDefinition>, Projections> OfDeclared = [];

    public static PropertySlot[] Of(IReadOnlyList<PropertyDefinition> declared, IReadOnlyList<string>? wanted)
    {
        var projections = OfDeclared.GetValue(declared, list => new Projections(list));
        return wanted is null ? projections.All : projections.OfWanted.GetValue(wanted, projections.Select);
    }

    private sealed class Projections(IReadOnlyList<PropertyDefinition> declared)
    {
        public PropertySlot[] All { get; } = [.. declared.Select((p, index) => new PropertySlot(index, p.Kind, Encoding.UTF8.GetBytes(p.Name)))];

        public ConditionalWeakTable<IReadOnlyList<string>, PropertySlot[]> OfWanted { get; } = [];

        public PropertySlot[] Select(IReadOnlyList<string> wanted) =>
            [.. All.Where(slot => wanted.Contains(declared[slot.Index].Name, StringComparer.Ordinal))];
    }
}
