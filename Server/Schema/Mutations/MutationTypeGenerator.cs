using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQL.Validation.Complexity;
using GraphServer.Model;
using GraphServer.Schema.Generation;
using GraphServer.Store;

namespace GraphServer.Schema.Mutations;

/// <summary>
/// The root <c>Mutation</c> in Hot Chocolate's mutation convention: each field takes one <c>input</c> and answers a
/// payload with its result and <c>errors: [&lt;Field&gt;Error!]!</c>, a union of typed errors (nothing is written when
/// there is one). Per label <c>create&lt;Label&gt;</c>, <c>update&lt;Label&gt;</c>, <c>delete&lt;Label&gt;</c>; one
/// <c>link</c>/<c>unlink</c> taking the relationship type; <c>importBatch</c>. Every write is one store transaction and
/// needs at least one source. The payload field is nullable, so a caller whose role may not write (Server/Api/Access)
/// gets null and FORBIDDEN at its path.
/// </summary>
internal sealed class MutationTypeGenerator(GraphModel model, IGraphStore store, SharedTypes shared, MutationOptions options)
{
    private readonly MutationErrorTypes _errors = new(shared);
    private readonly MutationInputs _inputs = new(model, shared);

    /// <summary>Sets the schema's Mutation type and registers the Error interface (no field returns it, so nothing else would).</summary>
    public static void AddTo(GraphQL.Types.Schema schema, GraphModel model, IGraphStore store, SharedTypes shared, MutationOptions options)
    {
        var generator = new MutationTypeGenerator(model, store, shared, options);
        schema.Mutation = generator.Create();
        schema.RegisterType(generator._errors.Interface);
    }

    public ObjectGraphType Create()
    {
        var mutation = new ObjectGraphType { Name = "Mutation", Description = "Writes: each one transaction, each with its sources." };
        var nodes = new NodeMutations(model, store, options);
        foreach (var type in model.NodeTypes)
        {
            var label = type.Label;
            var result = Names.SingleField(label);
            IGraphType node = new GraphQLTypeReference(label);
            mutation.AddField(Field("create" + label, $"Creates {(IsVowel(label[0]) ? "an" : "a")} {label}; an id already stored is refused (StaleVersionError).",
                _inputs.Create(type), result, node, c => nodes.CreateAsync(c, type),
                MutationError.SourceRequired, MutationError.StaleVersion, MutationError.Validation));
            mutation.AddField(Field("update" + label, $"Changes a stored {label} at the version you read, adding the sources given.",
                _inputs.Update(type), result, node, c => nodes.UpdateAsync(c, type),
                MutationError.SourceRequired, MutationError.StaleVersion, MutationError.Validation, MutationError.NotFound));
            string[] deleteErrors = label == model.SourceLabel
                ? [MutationError.SourceRequired, MutationError.StaleVersion, MutationError.Validation, MutationError.NotFound, MutationError.SourceInUse]
                : [MutationError.SourceRequired, MutationError.StaleVersion, MutationError.Validation, MutationError.NotFound];
            mutation.AddField(Field("delete" + label, $"Deletes a stored {label} and its relationships, at the version you read" +
                (label == model.SourceLabel ? "; refused (SourceInUseError) while anything still cites it." : "."),
                _inputs.Delete(type), "deletedId", shared.Id, c => nodes.DeleteAsync(c, type), deleteErrors));
        }

        var links = new LinkMutations(model, store, options);
        var linked = LinkedType();
        mutation.AddField(Field("link", "Creates a relationship of any type, or adds sources and properties to the stored one.",
            _inputs.Link(unlink: false), "relationship", linked, c => links.LinkAsync(c, unlink: false),
            MutationError.SourceRequired, MutationError.StaleVersion, MutationError.Validation));
        mutation.AddField(Field("unlink", "Removes a relationship.", _inputs.Link(unlink: true), "relationship", linked,
            c => links.LinkAsync(c, unlink: true),
            MutationError.SourceRequired, MutationError.StaleVersion, MutationError.Validation, MutationError.NotFound));

        var import = new ImportBatchMutation(model, store, options);
        var field = Field("importBatch",
            $"Creates nodes and relationships all or nothing (at most {options.MaxImportRows} rows); every bad row is named by its path.",
            _inputs.ImportBatch(), "batch", ImportedType(), import.ImportAsync,
            MutationError.SourceRequired, MutationError.Validation);
        field.WithComplexityImpact(c => new FieldComplexityResult(
            options.WriteCost + (options.RowCost * ImportBatchMutation.Rows(
                c.Arguments is { } arguments && arguments.TryGetValue(MutationInput.Argument, out var input) ? input.Value : null)), 1));
        mutation.AddField(field);
        return mutation;
    }

    private FieldType Field(
        string name, string description, InputObjectGraphType input, string resultName, IGraphType resultType,
        Func<GraphQL.IResolveFieldContext, Task<MutationPayload>> resolve, params string[] errorKinds)
    {
        var payload = new ObjectGraphType { Name = Names.Pascal(name) + "Payload", Description = $"What {name} answers." };
        payload.AddField(new FieldType
        {
            Name = resultName,
            Description = "What was written; null when refused.",
            ResolvedType = resultType,
            Resolver = new FuncFieldResolver<object?>(c => ((MutationPayload)c.Source!).Result),
        });
        payload.AddField(new FieldType
        {
            Name = "errors",
            Description = "Why nothing was written; empty on success.",
            ResolvedType = new NonNullGraphType(new ListGraphType(new NonNullGraphType(_errors.Union(name, errorKinds)))),
            Resolver = new FuncFieldResolver<object?>(c => ((MutationPayload)c.Source!).Errors),
        });
        return new FieldType
        {
            Name = name,
            Description = description + " Editors and above.",
            ResolvedType = payload,
            Arguments = new QueryArguments(new QueryArgument(new NonNullGraphType(input)) { Name = MutationInput.Argument }),
            Resolver = new FuncFieldResolver<object?>(async c => await resolve(c).ConfigureAwait(false)),
        }.WithComplexityImpact(_ => new FieldComplexityResult(options.WriteCost, 1));
    }

    private ObjectGraphType LinkedType()
    {
        var type = new ObjectGraphType { Name = "LinkedRelationship", Description = "A relationship as link or unlink left its ends." };
        type.AddField(new FieldType
        {
            Name = "type", ResolvedType = new NonNullGraphType(shared.RelationshipTypeName),
            Resolver = new FuncFieldResolver<object?>(c => ((LinkResult)c.Source!).Type),
        });
        type.AddField(new FieldType
        {
            Name = "from", ResolvedType = new GraphQLTypeReference("Node"),
            Resolver = new FuncFieldResolver<object?>(c => ((LinkResult)c.Source!).From),
        });
        type.AddField(new FieldType
        {
            Name = "to", ResolvedType = new GraphQLTypeReference("Node"),
            Resolver = new FuncFieldResolver<object?>(c => ((LinkResult)c.Source!).To),
        });
        return type;
    }

    private ObjectGraphType ImportedType()
    {
        var type = new ObjectGraphType { Name = "ImportedBatch", Description = "What an importBatch wrote." };
        type.AddField(new FieldType
        {
            Name = "nodeIds", ResolvedType = new NonNullGraphType(new ListGraphType(new NonNullGraphType(shared.Id))),
            Description = "The new nodes: the rows, then inline Sources.",
            Resolver = new FuncFieldResolver<object?>(c => ((ImportResult)c.Source!).NodeIds),
        });
        type.AddField(new FieldType
        {
            Name = "relationshipCount", ResolvedType = new NonNullGraphType(shared.Int),
            Resolver = new FuncFieldResolver<object?>(c => ((ImportResult)c.Source!).RelationshipCount),
        });
        return type;
    }

    // "an Offer", "an Event": descriptions are read by people in the IDE.
    private static bool IsVowel(char letter) => "AEIOUaeiou".Contains(letter);
}
