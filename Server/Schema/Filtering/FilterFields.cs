using GraphServer.Model;
using GraphServer.Schema.Generation;
using GraphServer.Store;

namespace GraphServer.Schema.Filtering;

/// <summary>
/// The fields of every <c>XFilterInput</c> (a label's, a union's, <c>Node</c>'s), derived from the model once and shared
/// by the input generator and the translator, so the schema and the translation can never disagree about a field.
/// A label's input also has a field per relationship end, named as the relationship field (<c>targetedBy</c>).
/// </summary>
internal sealed class FilterFields
{
    private readonly Dictionary<string, Dictionary<string, FilterTarget>> _bySubject = new(StringComparer.Ordinal);

    public FilterFields(GraphModel model, Subjects subjects)
    {
        foreach (var subject in subjects.Names)
        {
            // Personal data is not public; filtering on it would let anyone probe the hidden values.
            _bySubject[subject] = subjects.PropertiesOf(subject)
                .ToDictionary(p => p.Name, p => (FilterTarget)new PropertyTarget(p, subjects.Owner(subject)), StringComparer.Ordinal);
        }

        foreach (var type in model.NodeTypes)
        {
            foreach (var end in model.EndsOf(type.Label))
            {
                var direction = end.IsOutgoing ? EdgeDirection.Outgoing : EdgeDirection.Incoming;
                _bySubject[type.Label].Add(end.FieldName, new RelationshipTarget(end.RelationshipType, direction, Subjects.Of(end)));
            }
        }
    }

    /// <param name="subject">A label, a union or <c>Node</c> (see <see cref="Subjects"/>).</param>
    public IReadOnlyDictionary<string, FilterTarget> Of(string subject) => _bySubject[subject];
}
