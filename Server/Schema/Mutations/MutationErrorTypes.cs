using GraphQL.Types;
using GraphServer.Schema.Generation;

namespace GraphServer.Schema.Mutations;

/// <summary>
/// The typed errors of Hot Chocolate's mutation convention: an <c>Error</c> interface with <c>message</c>, one object
/// type per kind of error, and per mutation a union <c>&lt;Mutation&gt;Error</c> of the kinds it can answer with.
/// </summary>
internal sealed class MutationErrorTypes
{
    private readonly Dictionary<string, ObjectGraphType> _types = new(StringComparer.Ordinal);

    public MutationErrorTypes(SharedTypes shared)
    {
        Interface = new InterfaceGraphType { Name = "Error", Description = "Something a mutation refused; nothing was written." };
        Interface.AddField(new FieldType { Name = "message", ResolvedType = new NonNullGraphType(shared.String),
            Description = "What is wrong, for people." });
        Interface.ResolveType = value => value is MutationError error ? _types[error.TypeName] : null;

        Add(MutationError.SourceRequired, "The write names no source: every fact needs at least one (an existing Source or a new one).",
            shared, Path(shared, "Where the sources are missing."));
        Add(MutationError.StaleVersion, "Someone else wrote the node since you read it: read it again, then repeat the change.",
            shared, Field("id", new NonNullGraphType(shared.Id), "The node.", e => e.Id),
            Field("currentVersion", new NonNullGraphType(shared.Int), "Its version now (0: not stored).", e => (int?)e.CurrentVersion));
        Add(MutationError.Validation, "A value the model does not allow, a missing endpoint, a malformed source reference.",
            shared, Path(shared, "Where in the input, relative to the input argument: nodes[3].properties.salaryAmount."));
        Add(MutationError.NotFound, "The node or relationship to change is not stored.",
            shared, Field("id", new NonNullGraphType(shared.Id), "What was looked for.", e => e.Id));
        Add(MutationError.SourceInUse, "The Source is still cited: delete or unlink what cites it first, so no citation points at nothing.",
            shared, Field("id", new NonNullGraphType(shared.Id), "The Source.", e => e.Id),
            Field("citedBy", new NonNullGraphType(new ListGraphType(new NonNullGraphType(shared.Id))),
                $"The first {GraphServer.Store.Validation.SourceInUse.MaxListed} records citing it, in id order: a node by its id, " +
                "a relationship as from-[TYPE]->to.", e => e.CitedBy ?? []),
            Field("citedByCount", new NonNullGraphType(shared.Int), "How many records cite it.", e => e.CitedByCount ?? 0));
    }

    public InterfaceGraphType Interface { get; }

    /// <summary>The union of the errors a mutation can answer with, named <c>&lt;Mutation&gt;Error</c>.</summary>
    public UnionGraphType Union(string mutation, params string[] kinds)
    {
        var union = new UnionGraphType
        {
            Name = Names.Pascal(mutation) + "Error",
            Description = $"What {mutation} can refuse with.",
            ResolveType = value => value is MutationError error ? _types[error.TypeName] : null,
        };
        foreach (var kind in kinds)
        {
            union.AddPossibleType(_types[kind]);
        }

        return union;
    }

    private void Add(string name, string description, SharedTypes shared, params FieldType[] fields)
    {
        var type = new ObjectGraphType { Name = name, Description = description };
        type.AddField(Message(shared));
        foreach (var field in fields)
        {
            type.AddField(field);
        }

        type.AddResolvedInterface(Interface);
        Interface.AddPossibleType(type);
        type.IsTypeOf = value => value is MutationError error && error.TypeName == name;
        _types[name] = type;
    }

    private static FieldType Message(SharedTypes shared) =>
        Field("message", new NonNullGraphType(shared.String), "What is wrong, for people.", e => e.Message);

    private static FieldType Path(SharedTypes shared, string description) =>
        Field("path", new NonNullGraphType(shared.String), description, e => e.Path ?? string.Empty);

    private static FieldType Field(string name, IGraphType type, string description, Func<MutationError, object?> read) => new()
    {
        Name = name,
        Description = description,
        ResolvedType = type,
        Resolver = new GraphQL.Resolvers.FuncFieldResolver<object?>(context => read((MutationError)context.Source!)),
    };
}
