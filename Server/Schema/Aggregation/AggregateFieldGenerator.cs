using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQL.Validation.Complexity;
using GraphServer.Model;
using GraphServer.Schema.Generation;
using GraphServer.Schema.Loading;
using GraphServer.Schema.Paging;
using GraphServer.Schema.Planning;
using GraphServer.Store;

namespace GraphServer.Schema.Aggregation;

/// <summary>
/// <c>aggregate(groupBy: [&lt;Label&gt;GroupKey!]!, first: Int): [&lt;Label&gt;AggregateGroup!]!</c> on every node
/// connection: counts of the connection's matches (its where and asOf, paging ignored) grouped by the keys
/// (<see cref="GroupKeys"/>). On a root list it is one <see cref="IGraphStore.AggregateAsync"/> call; on a relationship
/// connection one call answers every parent of the level (per distinct arguments), through a DataLoader. With the compiler
/// on, both are members of the request's plan (<see cref="PlannableAggregate"/>) and find their buckets pre-filled.
/// </summary>
internal sealed class AggregateFieldGenerator(
    GraphModel model, IGraphStore store, PagingOptions paging, DataLoaderOptions loading, SharedTypes shared)
{
    public const string FieldName = "aggregate";

    /// <summary>The code of an error in groupBy or first (an empty or repeated key list, too many keys, a bad first).</summary>
    public const string ErrorCode = "INVALID_GROUP_BY";

    /// <summary>Keys per aggregate: each one multiplies the groups a node can fall in.</summary>
    public const int MaxKeys = 3;

    private readonly Dictionary<string, (EnumerationGraphType Keys, ObjectGraphType Group)> _types = new(StringComparer.Ordinal);
    private ObjectGraphType? _keyType;

    /// <summary>The field on a root connection (<c>FighterConnection</c>).</summary>
    public void AddToConnection(ObjectGraphType connection, string label) =>
        connection.AddField(PlannableAggregate.Mark(Field(label, paging.DefaultPageSize,
            new FuncFieldResolver<object?>(async context => await RootGroupsAsync(context, label).ConfigureAwait(false))), label));

    private async Task<object?> RootGroupsAsync(IResolveFieldContext context, string label)
    {
        var (keys, first) = Arguments(context, label, paging.DefaultPageSize);
        var matching = ((ConnectionPage)context.Source!).Query ?? new NodeQuery(label);
        if (PlanPrefill.Find(context)?.Buckets(PlannableAggregate.RootKey(matching, keys), string.Empty) is { } planned)
        {
            return Groups(keys, planned, first);
        }

        var query = PlannableAggregate.ForRoot(label, keys, matching);
        var buckets = await StoreCall.RunAsync(() => store.AggregateAsync(query, context.CancellationToken), ErrorCode)
            .ConfigureAwait(false);
        return Groups(keys, buckets, first);
    }

    /// <summary>
    /// The field on a relationship connection whose far end is one label (<c>RecruiterRecruitedConnection</c>); an end
    /// that reaches several labels (a union) has no group keys in common and gets none.
    /// </summary>
    public void AddToRelationshipConnection(ObjectGraphType connection, RelationshipEnd end)
    {
        if (end.FarLabels.Count != 1)
        {
            return;
        }

        var label = end.FarLabels[0];
        connection.AddField(PlannableAggregate.Mark(Field(label, paging.RelationshipPageSize, new FuncFieldResolver<object?>(context =>
        {
            var (keys, first) = Arguments(context, label, paging.RelationshipPageSize);
            var page = (RelationshipPage)context.Source!;
            var neighbours = page.Query!;
            var key = PlannableAggregate.NeighboursKey(neighbours, keys);
            if (PlanPrefill.Find(context)?.Buckets(key, page.ParentId!) is { } planned)
            {
                return Groups(keys, planned, first);
            }

            var loader = DataLoaderContext.Of(context).GetOrAdd(key,
                () => new BatchLoader<string, IReadOnlyList<AggregateBucket>>(async (parents, cancellationToken) =>
                {
                    var query = PlannableAggregate.ForNeighbours(label, keys, neighbours, parents);
                    var buckets = await StoreCall.RunAsync(() => store.AggregateAsync(query, cancellationToken), ErrorCode)
                        .ConfigureAwait(false);
                    var results = new BatchResults<string, IReadOnlyList<AggregateBucket>>();
                    foreach (var group in buckets.GroupBy(b => b.ParentId!, StringComparer.Ordinal))
                    {
                        results.Set(group.Key, [.. group]);
                    }

                    return results;
                }, [], loading));
            return new MappedLoad<IReadOnlyList<AggregateBucket>, IReadOnlyList<AggregateGroup>>(
                loader.Load(page.ParentId!), buckets => Groups(keys, buckets, first));
        })), label));
    }

    private FieldType Field(string label, int defaultGroups, IFieldResolver resolver)
    {
        var (keys, group) = TypesOf(label);
        return new FieldType
        {
            Name = FieldName,
            Description = $"How many of this connection's {label} matches (its where and asOf; paging ignored) fall in each group "
                + "of the keys' values, largest first, then by the keys' values (nulls last); each combination of values is a "
                + $"group. 1 to {MaxKeys} distinct keys, else an {ErrorCode} error at this field's path. Counts below the "
                + "small-count threshold are suppressed for roles that get SMALL_COUNT_SUPPRESSED on totalCount.",
            ResolvedType = new NonNullGraphType(new ListGraphType(new NonNullGraphType(group))),
            Arguments = new QueryArguments(
                new QueryArgument(new NonNullGraphType(new ListGraphType(new NonNullGraphType(keys))))
                {
                    Name = "groupBy",
                    Description = "The keys, most significant first.",
                },
                new QueryArgument(shared.Int)
                {
                    Name = "first",
                    Description = $"At most this many groups, the largest (default {defaultGroups}, at most {paging.MaxPageSize}).",
                }),
            Resolver = resolver,
        }.WithComplexityImpact(context => new FieldComplexityResult(1, PageCost.PageSize(context.Arguments, defaultGroups)));
    }

    private (IReadOnlyList<GroupKey> Keys, int First) Arguments(IResolveFieldContext context, string label, int defaultGroups)
    {
        var keys = (context.GetArgument<object?>("groupBy") as System.Collections.IEnumerable ?? Array.Empty<object>())
            .Cast<GroupKey>().ToList();
        if (keys.Count is 0 or > MaxKeys)
        {
            throw new ExecutionError($"groupBy takes 1 to {MaxKeys} keys of {label}; {keys.Count} given.") { Code = ErrorCode };
        }

        if (keys.GroupBy(k => k.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } repeated)
        {
            throw new ExecutionError($"groupBy names {repeated.Key} twice.") { Code = ErrorCode };
        }

        var first = context.GetArgument<int?>("first") ?? defaultGroups;
        if (first < 0 || first > paging.MaxPageSize)
        {
            throw new ExecutionError($"first must be between 0 and {paging.MaxPageSize}; {first} given.") { Code = ErrorCode };
        }

        return (keys, first);
    }

    private static List<AggregateGroup> Groups(IReadOnlyList<GroupKey> keys, IReadOnlyList<AggregateBucket> buckets, int first) =>
        [.. buckets.Take(first).Select(b =>
            new AggregateGroup([.. keys.Select((k, i) => new AggregateGroupKey(k.Name, Spell(k, b.Keys[i])))], b.Count))];

    /// <summary>A key's value as the API spells it: an enum value as its GraphQL enum value, a neighbour as its id.</summary>
    private static string? Spell(GroupKey key, object? value) => value switch
    {
        null => null,
        string text when key.Property is { Kind: PropertyKind.String, AllowedValues: not null } => Names.EnumValue(text),
        string text => text,
        bool flag => flag ? "true" : "false",
        double number => number.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private (EnumerationGraphType Keys, ObjectGraphType Group) TypesOf(string label)
    {
        if (_types.TryGetValue(label, out var types))
        {
            return types;
        }

        var keys = new EnumerationGraphType { Name = label + "GroupKey", Description = $"What {label} nodes can be counted by." };
        foreach (var key in GroupKeys.Of(model, label))
        {
            keys.Add(key.Name, key, key.Description);
        }

        var group = new ObjectGraphType
        {
            Name = label + "AggregateGroup",
            Description = $"One group of {label} nodes and how many fall in it.",
        };
        group.AddField(new FieldType
        {
            Name = "keys",
            Description = "The group's value of each key, in the order of groupBy.",
            ResolvedType = new NonNullGraphType(new ListGraphType(new NonNullGraphType(KeyType()))),
            Resolver = new FuncFieldResolver<object?>(c => ((AggregateGroup)c.Source!).Keys),
        });
        group.AddField(SmallCounts.Mark(new FieldType
        {
            Name = "count",
            Description = "How many nodes (on a relationship connection: relationships of the parent) fall in the group.",
            ResolvedType = shared.Int,
            Resolver = new FuncFieldResolver<object?>(c => checked((int)((AggregateGroup)c.Source!).Count)),
        }));
        _types[label] = (keys, group);
        return (keys, group);
    }

    private ObjectGraphType KeyType()
    {
        if (_keyType is not null)
        {
            return _keyType;
        }

        _keyType = new ObjectGraphType
        {
            Name = "AggregateKey",
            Description = "One key of an aggregate group and the group's value for it.",
        };
        _keyType.AddField(new FieldType
        {
            Name = "key",
            Description = "The group key (a value of the label's GroupKey enum, e.g. STATUS or CITIZEN_OF).",
            ResolvedType = new NonNullGraphType(shared.String),
            Resolver = new FuncFieldResolver<object?>(c => ((AggregateGroupKey)c.Source!).Key),
        });
        _keyType.AddField(new FieldType
        {
            Name = "value",
            Description = "The group's value: an enum value as the API spells it (CAPTURED), a date or number as text, the id of the "
                + "neighbour for a relationship key (country:KE); null for the group without one.",
            ResolvedType = shared.String,
            Resolver = new FuncFieldResolver<object?>(c => ((AggregateGroupKey)c.Source!).Value),
        });
        return _keyType;
    }
}
