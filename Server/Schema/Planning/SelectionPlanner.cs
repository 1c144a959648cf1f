using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;
using GraphServer.Schema.Aggregation;
using GraphServer.Store;
using GraphServer.Store.Planning;

namespace GraphServer.Schema.Planning;

/// <summary>
/// Walks a root field's selection set and compiles the relationship fields below it into plan selections, level by
/// level, following fragments, aliases and variables. For each field it builds the context GraphQL.NET would hand
/// the field's resolver (its arguments coerced from the document and the variables, its parent chain for the
/// inherited <c>asOf</c>) and asks the field for the query and loader key its resolver would use, so the pre-filled
/// answer is found by the resolver under the very key it would have loaded. A field the planner cannot compile (no
/// planning marker, a directive, a bad argument) is left out with its subtree: its resolvers load it as today.
/// </summary>
internal sealed class SelectionPlanner(IResolveFieldContext root)
{
    private readonly Dictionary<PlanSelection, PlannedNeighbours> _planned = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<AggregateQuery, string> _aggregateKeys = new(ReferenceEqualityComparer.Instance);

    /// <summary>How many relationship fields were left to their DataLoaders (for the request's trace).</summary>
    public int LeftOut { get; private set; }

    /// <summary>The keys under which a selection's answer is pre-filled.</summary>
    public PlannedNeighbours KeysOf(PlanSelection selection) => _planned[selection];

    /// <summary>The key under which an aggregate's buckets are pre-filled (<see cref="PlannableAggregate"/>).</summary>
    public string KeyOf(AggregateQuery aggregate) => _aggregateKeys[aggregate];

    /// <summary>
    /// The aggregates asked of a root connection (every occurrence of its <c>aggregate</c> field), over the matches of
    /// <paramref name="page"/>; one per distinct groupBy. A groupBy the resolver would refuse is left to it.
    /// </summary>
    public IReadOnlyList<AggregateQuery> RootAggregates(IObjectGraphType connection, NodeQuery page)
    {
        var found = new Dictionary<string, AggregateQuery>(StringComparer.Ordinal);
        foreach (var (keys, label) in AggregateKeys(root, root.FieldAst.SelectionSet, connection))
        {
            var key = PlannableAggregate.RootKey(page, keys);
            if (!found.ContainsKey(key))
            {
                _aggregateKeys[found[key] = PlannableAggregate.ForRoot(label, keys, page)] = key;
            }
        }

        return [.. found.Values];
    }

    /// <summary>The group keys (and counted label) of every <c>aggregate</c> occurrence in a connection's selection set.</summary>
    private IEnumerable<(IReadOnlyList<GroupKey> Keys, string Label)> AggregateKeys(
        IResolveFieldContext parent, GraphQLSelectionSet? set, IObjectGraphType connection)
    {
        if (connection.GetField(AggregateFieldGenerator.FieldName) is not { } definition || PlannableAggregate.LabelOf(definition) is not { } label)
        {
            yield break;
        }

        foreach (var field in SelectionFields.Named(AggregateFieldGenerator.FieldName, set, connection, root.Schema, root.Document))
        {
            IReadOnlyList<GroupKey>? keys;
            try
            {
                keys = PlannableAggregate.Keys(ContextFor(parent, field, definition, connection));
            }
            catch (Exception e) when (e is ExecutionError or ArgumentException or InvalidOperationException)
            {
                keys = null;
            }

            if (keys is null)
            {
                LeftOut++; // The resolver reports the same problem in its own place in the response.
                continue;
            }

            yield return (keys, label);
        }
    }

    /// <summary>The selections below a root connection field (its <c>nodes</c> and <c>edges { node }</c>).</summary>
    public IReadOnlyList<PlanSelection> ForConnection(IObjectGraphType connection, IGraphType nodeType)
    {
        var sets = NodeSets(root, root.FieldAst.SelectionSet, connection).ToList();
        return Level(sets, nodeType);
    }

    /// <summary>
    /// The selections below the nodes a root's items hold in one field (a search hit's <c>node</c>): every occurrence of
    /// <paramref name="field"/> in the root's selection set, by field name, whatever its alias.
    /// </summary>
    public IReadOnlyList<PlanSelection> ForItemField(IObjectGraphType itemType, string field, IGraphType nodeType) =>
        Level([.. FieldSets(field, [(root, root.FieldAst.SelectionSet)], itemType)], nodeType);

    /// <summary>
    /// The selections below the nodes of <paramref name="label"/> that a hand-written root's answer holds at the end of a
    /// path of fields (a trace's <c>branches.steps.node</c>): the fields asked of that type there (inline fragments on it
    /// followed), to be planned below the root's own plan selections that read such nodes. Each call gives new
    /// selections, so each has one place in the plan.
    /// </summary>
    public IReadOnlyList<PlanSelection> ForPath(IReadOnlyList<string> path, string label) =>
        PathSets(path) is { } found && root.Schema.AllTypes[label] is IObjectGraphType target ? Level(found.Sets, target) : [];

    /// <summary>
    /// The selections below the nodes at the end of a path whose field is typed by a union or an interface (a claim's
    /// <c>statedBy</c>, a comparison's <c>subject</c>): per member type the fields asked in its inline fragments, each
    /// selection holding only the parents of its label (<see cref="PlanSelection.ParentLabel"/>).
    /// </summary>
    public IReadOnlyList<PlanSelection> ForPath(IReadOnlyList<string> path) =>
        PathSets(path) is { } found ? Level(found.Sets, found.Type) : [];

    /// <summary>The selection sets of every occurrence of the path's last field, and its type; null for a path the type lacks.</summary>
    private (List<(IResolveFieldContext Parent, GraphQLSelectionSet? Set)> Sets, IGraphType Type)? PathSets(IReadOnlyList<string> path)
    {
        List<(IResolveFieldContext Parent, GraphQLSelectionSet? Set)> sets = [(root, root.FieldAst.SelectionSet)];
        var type = Unwrap(root.FieldDefinition.ResolvedType!);
        foreach (var name in path)
        {
            if (type is not IObjectGraphType holder || holder.GetField(name) is not { } field)
            {
                return null;
            }

            sets = [.. FieldSets(name, sets, holder)];
            type = Unwrap(field.ResolvedType!);
        }

        return (sets, type);
    }

    /// <summary>
    /// The selections below the nodes at the end of a path of fields of a root's answer (a neighbourhood's <c>nodes</c>),
    /// of whatever type they are: an interface's object types by label (<see cref="PlanSelection.ParentLabel"/>).
    /// </summary>
    public IReadOnlyList<PlanSelection> ForPathNodes(IReadOnlyList<string> path)
    {
        List<(IResolveFieldContext Parent, GraphQLSelectionSet? Set)> sets = [(root, root.FieldAst.SelectionSet)];
        var type = Unwrap(root.FieldDefinition.ResolvedType!);
        foreach (var name in path)
        {
            if (type is not IObjectGraphType holder || holder.GetField(name) is not { } field)
            {
                return [];
            }

            sets = [.. FieldSets(name, sets, holder)];
            type = Unwrap(field.ResolvedType!);
        }

        return Level(sets, type);
    }

    /// <summary>The selection sets of every occurrence of <paramref name="name"/> (by field name) in some sets of one type.</summary>
    private IEnumerable<(IResolveFieldContext Parent, GraphQLSelectionSet? Set)> FieldSets(
        string name, IEnumerable<(IResolveFieldContext Parent, GraphQLSelectionSet? Set)> sets, IObjectGraphType type) =>
        sets.SelectMany(s => SelectionFields.Named(name, s.Set, type, root.Schema, root.Document)).Select(f => (root, f.SelectionSet));

    /// <summary>The selections below a root field that returns nodes itself (a lookup by id).</summary>
    public IReadOnlyList<PlanSelection> ForNodes(IGraphType nodeType) =>
        Level([(root, root.FieldAst.SelectionSet)], nodeType);

    /// <summary>
    /// The root nodes' properties the request reads. The root's field is the one GraphQL.NET merged from every
    /// occurrence of its response name, so nothing another occurrence selects is missed.
    /// </summary>
    public IReadOnlyList<string>? RootProperties(bool isConnection) =>
        SelectedProperties.OfRelationship(root.FieldAst, root.FieldDefinition, isConnection, root.Schema, root.Document).Node;

    /// <summary>
    /// Whether a root connection's page needs the count of every match: <c>totalCount</c>, <c>pageInfo.hasNextPage</c>
    /// (offset + page &lt; total), or any field the planner does not know. Directives count as selected.
    /// </summary>
    public bool RootNeedsTotal(IObjectGraphType connection)
    {
        foreach (var field in SelectionFields.Of(root.FieldAst.SelectionSet, connection, root.Schema, root.Document, withDirectives: true))
        {
            switch (field.Name.StringValue)
            {
                case "nodes" or "edges" or "__typename" or Aggregation.AggregateFieldGenerator.FieldName:
                    continue;
                case "pageInfo" when connection.GetField("pageInfo") is { } pageInfo && Unwrap(pageInfo.ResolvedType!) is IObjectGraphType info:
                    if (SelectionFields.Of(field.SelectionSet, info, root.Schema, root.Document, withDirectives: true)
                        .Any(f => f.Name.StringValue is not ("hasPreviousPage" or "startCursor" or "endCursor" or "__typename")))
                    {
                        return true;
                    }

                    continue;
                default:
                    return true;
            }
        }

        return false;
    }

    private List<PlanSelection> Level(List<(IResolveFieldContext Parent, GraphQLSelectionSet? Set)> sets, IGraphType nodeType)
    {
        var builders = new Dictionary<(string Key, string? ParentLabel), Builder>();
        foreach (var (type, parentLabel) in ConcreteTypes(nodeType))
        {
            foreach (var (parent, set) in sets)
            {
                foreach (var field in SelectionFields.Of(set, type, root.Schema, root.Document))
                {
                    if (type.GetField(field.Name.StringValue) is not { } definition || PlannableRelationship.Of(definition) is not { } relationship)
                    {
                        continue;
                    }

                    var context = ContextFor(parent, field, definition, type);
                    PlannedNeighbours planned;
                    try
                    {
                        planned = relationship.Plan(context);
                    }
                    catch (Exception e) when (e is ExecutionError or ArgumentException or InvalidOperationException)
                    {
                        LeftOut++; // The resolver reports the same problem in its own place in the response.
                        continue;
                    }

                    if (!builders.TryGetValue((planned.RowsKey, parentLabel), out var builder))
                    {
                        builders[(planned.RowsKey, parentLabel)] = builder = new Builder(planned, parentLabel, Unwrap(definition.ResolvedType!), relationship.IsConnection);
                    }

                    builder.ReadsRows |= !planned.CountOnly;
                    builder.Read(SelectedProperties.OfRelationship(field, definition, relationship.IsConnection, root.Schema, root.Document));
                    if (!relationship.IsConnection)
                    {
                        builder.Sets.Add((context, field.SelectionSet));
                        continue;
                    }

                    var connection = (IObjectGraphType)builder.FieldType;
                    builder.Count |= SelectionFields.Named("totalCount", field.SelectionSet, connection, root.Schema, root.Document).Any();
                    foreach (var (keys, label) in AggregateKeys(context, field.SelectionSet, connection))
                    {
                        var key = PlannableAggregate.NeighboursKey(planned.Counted, keys);
                        if (!builder.Aggregates.ContainsKey(key))
                        {
                            builder.Aggregates[key] = PlannableAggregate.ForNeighbours(label, keys, planned.Counted, []);
                        }
                    }

                    builder.Sets.AddRange(NodeSets(context, field.SelectionSet, connection));
                }
            }
        }

        var selections = new List<PlanSelection>();
        foreach (var builder in builders.Values)
        {
            if (!builder.ReadsRows && !builder.Count && builder.Aggregates.Count == 0)
            {
                continue; // Nothing asked of it that the plan can answer (an aggregate with a bad groupBy, say).
            }

            var far = builder.IsConnection && builder.FieldType is IObjectGraphType connection && connection.GetField("nodes") is { } nodes
                ? Unwrap(nodes.ResolvedType!)
                : builder.FieldType;
            var selection = new PlanSelection(builder.Planned.Rows, Level(builder.Sets, far))
            {
                Count = builder.Count,
                ReadsRows = builder.ReadsRows,
                ParentLabel = builder.ParentLabel,
                NodeProperties = builder.Properties!.Node,
                EdgeProperties = builder.Properties.Edge,
                Aggregates = [.. builder.Aggregates.Values],
            };
            _planned[selection] = builder.Planned;
            foreach (var (key, aggregate) in builder.Aggregates)
            {
                _aggregateKeys[aggregate] = key;
            }

            selections.Add(selection);
        }

        return selections;
    }

    /// <summary>The node-level selection sets of a connection: <c>nodes { … }</c> and <c>edges { node { … } }</c>.</summary>
    private IEnumerable<(IResolveFieldContext, GraphQLSelectionSet?)> NodeSets(
        IResolveFieldContext context, GraphQLSelectionSet? set, IObjectGraphType connection)
    {
        foreach (var nodes in SelectionFields.Named("nodes", set, connection, root.Schema, root.Document))
        {
            yield return (context, nodes.SelectionSet);
        }

        if (connection.GetField("edges") is not { } edges || Unwrap(edges.ResolvedType!) is not IObjectGraphType edge)
        {
            yield break;
        }

        foreach (var edgeField in SelectionFields.Named("edges", set, connection, root.Schema, root.Document))
        {
            foreach (var node in SelectionFields.Named("node", edgeField.SelectionSet, edge, root.Schema, root.Document))
            {
                yield return (context, node.SelectionSet);
            }
        }
    }

    /// <summary>The object types a node of this type can be; a union's or interface's members carry their label as a condition.</summary>
    private IEnumerable<(IObjectGraphType Type, string? ParentLabel)> ConcreteTypes(IGraphType nodeType) => nodeType switch
    {
        IObjectGraphType type => [(type, null)],
        UnionGraphType union => union.PossibleTypes.Select(t => (t, (string?)t.Name)),
        IInterfaceGraphType face => face.PossibleTypes.Select(t => (t, (string?)t.Name)),
        _ => [],
    };

    private ResolveFieldContext ContextFor(IResolveFieldContext parent, GraphQLField field, FieldType definition, IObjectGraphType type) =>
        new(root)
        {
            Parent = parent,
            FieldAst = field,
            FieldDefinition = definition,
            ParentType = type,
            Source = null,
            Arguments = ExecutionHelper.GetArguments(definition.Arguments, field.Arguments, root.Variables, root.Document, field, null),
            Directives = null,
        };

    private static IGraphType Unwrap(IGraphType type) => type switch
    {
        NonNullGraphType nonNull => Unwrap(nonNull.ResolvedType!),
        ListGraphType list => Unwrap(list.ResolvedType!),
        _ => type,
    };

    private sealed class Builder(PlannedNeighbours planned, string? parentLabel, IGraphType fieldType, bool isConnection)
    {
        public PlannedNeighbours Planned { get; } = planned;

        public string? ParentLabel { get; } = parentLabel;

        /// <summary>The field's own type, unwrapped: the connection, or the far node type of a single field.</summary>
        public IGraphType FieldType { get; } = fieldType;

        public bool IsConnection { get; } = isConnection;

        public bool Count { get; set; }

        /// <summary>Whether any occurrence of the field needs rows (not only totalCount or aggregate).</summary>
        public bool ReadsRows { get; set; }

        public List<(IResolveFieldContext Parent, GraphQLSelectionSet? Set)> Sets { get; } = [];

        /// <summary>The aggregates asked of the connection, by the key their resolvers use.</summary>
        public Dictionary<string, AggregateQuery> Aggregates { get; } = new(StringComparer.Ordinal);

        /// <summary>What every occurrence of the field reads together.</summary>
        public SelectedProperties? Properties { get; private set; }

        public void Read(SelectedProperties occurrence) => Properties = Properties is null
            ? occurrence
            : new(SelectedProperties.Union(Properties.Node, occurrence.Node), SelectedProperties.Union(Properties.Edge, occurrence.Edge));
    }
}
