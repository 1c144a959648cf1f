using GraphQL.Types;
using GraphServer.Model;
using GraphServer.Store;

namespace GraphServer.Schema.Generation;

/// <summary>
/// The GraphQL type of what a relationship end reaches: the object type of its one label, the union the model names
/// for several labels (<c>Actor</c>), or the <c>Node</c> interface for an end that allows every label (<c>supports</c>).
/// </summary>
internal sealed class FarTypes(IReadOnlyDictionary<string, ObjectGraphType> objectTypes, InterfaceGraphType node, GraphModel model)
{
    private readonly Dictionary<string, UnionGraphType> _unions = new(StringComparer.Ordinal);

    public IGraphType Of(RelationshipEnd end)
    {
        var subject = Subjects.Of(end);
        if (objectTypes.TryGetValue(subject, out var single))
        {
            return single;
        }

        if (subject == Subjects.AnyNode)
        {
            return node;
        }

        if (!_unions.TryGetValue(subject, out var union))
        {
            var labels = model.Unions[subject];
            union = new UnionGraphType
            {
                Name = subject,
                Description = $"What {end.FieldName} of {end.RelationshipType} may reach: {string.Join(", ", labels)}.",
                ResolveType = value => value is GraphNode graphNode ? objectTypes[graphNode.Label] : null,
            };
            foreach (var label in labels)
            {
                union.AddPossibleType(objectTypes[label]);
            }

            _unions[subject] = union;
        }

        return union;
    }
}
