using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using GraphServer.Model;

namespace GraphServer.Store.Querying;

/// <summary>
/// <see cref="NeighbourLabels.Of"/> remembered per model: a plan's rows are read parent by parent, and each parent of
/// each selection asked the model again (a filtered list, a list and its closure per parent and relationship). The
/// answer depends only on the relationship type, the direction and the far labels asked for, so those are the key; the
/// model's ends are few, so the cache stays small. A question the model refuses is not remembered: it throws each time.
/// </summary>
internal static class NeighbourLabelsCache
{
    private static readonly ConditionalWeakTable<GraphModel, ConcurrentDictionary<Key, (RelationshipType, IReadOnlyList<string>)>> Models = [];

    public static (RelationshipType Relationship, IReadOnlyList<string> Labels) Of(GraphModel model, NeighbourQuery query)
    {
        var known = Models.GetValue(model, _ => new ConcurrentDictionary<Key, (RelationshipType, IReadOnlyList<string>)>());
        var key = new Key(query.Type, query.Direction, query.FarLabels);
        if (known.TryGetValue(key, out var answer))
        {
            return answer;
        }

        answer = NeighbourLabels.Of(model, query);
        // The key keeps a copy of the far labels: the caller's list is not ours to hold.
        known.TryAdd(key with { FarLabels = query.FarLabels is null ? null : [.. query.FarLabels] }, answer);
        return answer;
    }

    private readonly record struct Key(string Type, EdgeDirection Direction, IReadOnlyList<string>? FarLabels)
    {
        public bool Equals(Key other) =>
            Type == other.Type && Direction == other.Direction && SameLabels(FarLabels, other.FarLabels);

        public override int GetHashCode()
        {
            var hash = HashCode.Combine(Type, Direction, FarLabels?.Count ?? -1);
            for (var i = 0; i < (FarLabels?.Count ?? 0); i++)
            {
                hash = HashCode.Combine(hash, FarLabels![i]);
            }

            return hash;
        }

        // Index loops: this runs per parent and selection, and an interface enumerator would be an allocation each.
        private static bool SameLabels(IReadOnlyList<string>? left, IReadOnlyList<string>? right)
        {
            if (ReferenceEquals(left, right))
            {
                return true;
            }

            if (left is null || right is null || left.Count != right.Count)
            {
                return false;
            }

            for (var i = 0; i < left.Count; i++)
            {
                if (!string.Equals(left[i], right[i], StringComparison.Ordinal))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
