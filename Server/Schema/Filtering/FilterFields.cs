using GraphServer.Model;
using GraphServer.Schema.Generation;
using GraphServer.Store;

namespace GraphServer.Schema.Filtering;

/// <summary>
/// The fields of every label's <c>XFilterInput</c>, derived from the model once and shared by the input generator and
/// the translator, so the schema and the translation can never disagree about what a field means.
/// </summary>
internal sealed class FilterFields
{
    private readonly Dictionary<string, IReadOnlyDictionary<string, FilterTarget>> _byLabel = new(StringComparer.Ordinal);

    public FilterFields(GraphModel model)
    {
        foreach (var type in model.NodeTypes)
        {
            // Personal data is masked for most roles; filtering on it would let anyone probe the hidden values.
            var fields = type.Properties.Where(p => !p.IsPersonal)
                .ToDictionary(p => p.Name, p => (FilterTarget)new PropertyTarget(p), StringComparer.Ordinal);
            _byLabel[type.Label] = fields;
        }

        foreach (var relationship in model.RelationshipTypes)
        {
            foreach (var from in relationship.From)
            {
                foreach (var to in relationship.To)
                {
                    // The filter AST cannot say "neighbours of this label", so only relationships whose far end is a
                    // single label get a filter field: there the field means exactly what its name says.
                    if (relationship.To.Count == 1)
                    {
                        Add(from, Names.Outgoing(relationship.Type, model.GetNode(to).CollectionName),
                            new RelationshipTarget(relationship.Type, EdgeDirection.Outgoing, to));
                    }

                    if (relationship.From.Count == 1)
                    {
                        Add(to, Names.Incoming(relationship.Type, model.GetNode(from).CollectionName),
                            new RelationshipTarget(relationship.Type, EdgeDirection.Incoming, from));
                    }
                }
            }
        }
    }

    public IReadOnlyDictionary<string, FilterTarget> Of(string label) => _byLabel[label];

    private void Add(string label, string name, FilterTarget target) =>
        ((Dictionary<string, FilterTarget>)_byLabel[label]).Add(name, target);
}
