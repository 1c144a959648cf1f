namespace GraphServer.Model;

/// <summary>The rules on relationship ends that <see cref="GraphModel"/> checks when it is built.</summary>
internal static class ModelChecks
{
    /// <summary>
    /// Every end is named; names are unique per label (fields and properties share one GraphQL type); an end has a
    /// union name exactly when its far end allows several labels; one union name stands for one set of labels.
    /// Returns the unions.
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> CheckEnds(
        IReadOnlyList<NodeType> nodeTypes,
        IReadOnlyList<RelationshipType> relationshipTypes,
        IReadOnlyDictionary<string, IReadOnlyList<RelationshipEnd>> endsByLabel)
    {
        foreach (var node in nodeTypes)
        {
            var taken = node.Properties.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
            foreach (var end in endsByLabel[node.Label])
            {
                if (string.IsNullOrEmpty(end.FieldName))
                {
                    throw new InvalidOperationException($"Relationship {end.RelationshipType} has an unnamed {Side(end)} end.");
                }

                if (!taken.Add(end.FieldName))
                {
                    throw new InvalidOperationException(
                        $"{node.Label}.{end.FieldName} is named twice (relationship {end.RelationshipType}, {Side(end)} end).");
                }
            }
        }

        var unions = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var end in relationshipTypes.SelectMany(r => new[] { r.Outgoing, r.Incoming }))
        {
            if ((end.FarLabels.Count > 1) != (end.UnionName is not null))
            {
                throw new InvalidOperationException(end.UnionName is null
                    ? $"Relationship {end.RelationshipType}: the {Side(end)} end reaches {string.Join(", ", end.FarLabels)} "
                      + "and needs a union name."
                    : $"Relationship {end.RelationshipType}: the {Side(end)} end reaches one label and takes no union name.");
            }

            if (end.UnionName is { } union)
            {
                if (unions.TryGetValue(union, out var labels) && !labels.SequenceEqual(end.FarLabels))
                {
                    throw new InvalidOperationException($"Union {union} stands for two different sets of labels.");
                }

                unions[union] = end.FarLabels;
            }
        }

        return unions;
    }

    public static RelationshipType? SingleCitation(IReadOnlyList<RelationshipType> relationshipTypes)
    {
        var citations = relationshipTypes.Where(r => r.IsCitation).ToList();
        if (citations.Count > 1 || citations.Any(c => c.To.Count != 1))
        {
            throw new InvalidOperationException("A model declares at most one citation relationship, and it points at one label.");
        }

        return citations.SingleOrDefault();
    }

    private static string Side(RelationshipEnd end) => end.IsOutgoing ? "outgoing" : "incoming";
}
