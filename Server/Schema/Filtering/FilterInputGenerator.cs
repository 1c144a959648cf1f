using GraphQL.Types;
using GraphServer.Schema.Generation;
using GraphServer.Store;
using static GraphServer.Schema.Filtering.Operations;

namespace GraphServer.Schema.Filtering;

/// <summary>
/// <c>XFilterInput</c> per label: a field per property (its kind's operation input), <c>and</c>/<c>or</c> lists, and
/// for each relationship field a <c>YListFilterInput</c> with <c>some</c>/<c>all</c>/<c>none</c>/<c>any</c>, as
/// HotChocolate's filtering conventions have them. Built from <see cref="FilterFields"/>.
/// </summary>
internal sealed class FilterInputGenerator
{
    private readonly Dictionary<string, InputObjectGraphType> _filters = new(StringComparer.Ordinal);
    private readonly Dictionary<string, InputObjectGraphType> _lists = new(StringComparer.Ordinal);

    public FilterInputGenerator(Subjects subjects, FilterFields fields, OperationFilterInputs operations, BooleanGraphType boolean)
    {
        // Every input first: filters refer to each other through relationships, in cycles.
        foreach (var subject in subjects.Names)
        {
            _filters[subject] = new InputObjectGraphType
            {
                Name = subject + "FilterInput",
                Description = $"Conditions on {subject} nodes; all given fields must hold.",
            };
            _lists[subject] = new InputObjectGraphType
            {
                Name = subject + "ListFilterInput",
                Description = $"Conditions on the {subject} neighbours over one relationship.",
            };
        }

        foreach (var subject in subjects.Names)
        {
            var filter = _filters[subject];
            filter.AddField(Field(And, new ListGraphType(new NonNullGraphType(filter)), "Every condition holds."));
            filter.AddField(Field(Or, new ListGraphType(new NonNullGraphType(filter)), "At least one condition holds."));
            foreach (var (name, target) in fields.Of(subject))
            {
                filter.AddField(target switch
                {
                    PropertyTarget p => Field(name, operations.For(p.Owner, p.Property), p.Property.Description),
                    RelationshipTarget r => Field(name, _lists[r.FarSubject],
                        $"Neighbours over {(r.Direction == EdgeDirection.Outgoing ? "outgoing" : "incoming")} {r.Type}."),
                    _ => throw new InvalidOperationException(target.ToString()),
                });
            }

            var list = _lists[subject];
            list.AddField(Field(Some, filter, "At least one neighbour matches."));
            list.AddField(Field(All, filter, "Every neighbour matches (true when there are none)."));
            list.AddField(Field(None, filter, "No neighbour matches."));
            list.AddField(Field(Any, boolean, "true: there is at least one neighbour; false: there is none."));
        }
    }

    /// <param name="subject">A label, a union or <c>Node</c> (see <see cref="Subjects"/>).</param>
    public InputObjectGraphType For(string subject) => _filters[subject];

    private static FieldType Field(string name, IGraphType type, string description) =>
        new() { Name = name, ResolvedType = type, Description = description };
}
