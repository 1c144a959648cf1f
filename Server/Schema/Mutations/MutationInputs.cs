using GraphQL.Types;
using GraphServer.Model;
using GraphServer.Schema.Generation;

namespace GraphServer.Schema.Mutations;

/// <summary>
/// The input types of the write API, generated from the model: per label <c>Create&lt;Label&gt;Input</c> (its writable
/// properties, required ones non-null), <c>Update&lt;Label&gt;Input</c> (all optional, plus the version read) and
/// <c>Delete&lt;Label&gt;Input</c>; <c>SourceRefInput</c>/<c>NewSourceInput</c>; <c>LinkInput</c> with every relationship
/// property; the rows of <c>ImportBatchInput</c>. Personal properties are writable: every write needs the editor role,
/// which may read them (Server/Api/Access).
/// </summary>
internal sealed class MutationInputs
{
    public const string Version = CommonProperties.Version;

    private readonly GraphModel _model;
    private readonly SharedTypes _shared;
    private readonly PropertyMapScalar _propertyMap = new();

    public MutationInputs(GraphModel model, SharedTypes shared)
    {
        _model = model;
        _shared = shared;
        var newSource = new InputObjectGraphType
        {
            Name = "NewSourceInput",
            Description = "A Source written together with the fact it supports.",
        };
        foreach (var property in Writable(model.GetNode(model.SourceLabel!)))
        {
            newSource.AddField(Field(property.Name, InputType(model.SourceLabel!, property, property.IsRequired), property.Description));
        }

        SourceRef = new InputObjectGraphType
        {
            Name = "SourceRefInput",
            Description = "One source of a write: an existing Source by id (with the passage that supports it) or a new one. "
                + "Give id or source.",
        };
        SourceRef.AddField(Field("id", shared.Id, "An existing Source."));
        SourceRef.AddField(Field("quote", shared.String, "The passage of the source that supports the fact."));
        SourceRef.AddField(Field("source", newSource, "A new Source, written in the same transaction."));
    }

    public InputObjectGraphType SourceRef { get; }

    public IGraphType Sources(bool required) =>
        required
            ? new NonNullGraphType(new ListGraphType(new NonNullGraphType(SourceRef)))
            : new ListGraphType(new NonNullGraphType(SourceRef));

    /// <summary>What callers may write of a label: everything but derived properties (knownFrom, version).</summary>
    public static IEnumerable<PropertyDefinition> Writable(NodeType type) => type.Properties.Where(p => !p.IsDerived);

    public InputObjectGraphType Create(NodeType type)
    {
        var input = new InputObjectGraphType { Name = $"Create{type.Label}Input", Description = $"A new {type.Label}. {type.Description}" };
        foreach (var property in Writable(type))
        {
            var required = property.IsRequired && property.Name != CommonProperties.Synthetic;
            input.AddField(Field(property.Name, InputType(type.Label, property, required), Describe(property)));
        }

        AddSources(input, type);
        return input;
    }

    public InputObjectGraphType Update(NodeType type)
    {
        var input = new InputObjectGraphType
        {
            Name = $"Update{type.Label}Input",
            Description = $"Changes to a stored {type.Label}: properties left out keep their value, null clears one.",
        };
        AddStoredNode(input, "The node to change.");
        foreach (var property in Writable(type).Where(p => p.Name != CommonProperties.Id))
        {
            input.AddField(Field(property.Name, InputType(type.Label, property, false), Describe(property)));
        }

        AddSources(input, type);
        return input;
    }

    public InputObjectGraphType Delete(NodeType type)
    {
        var input = new InputObjectGraphType
        {
            Name = $"Delete{type.Label}Input",
            Description = $"Removes a stored {type.Label} and its relationships.",
        };
        AddStoredNode(input, "The node to delete.");
        input.AddField(Field(SourceRefs.Field, Sources(true), "Why: the sources that justify the deletion (kept in the audit log)."));
        return input;
    }

    /// <summary>The id of a stored node and the version the caller read of it (update and delete).</summary>
    private void AddStoredNode(InputObjectGraphType input, string idDescription)
    {
        input.AddField(Field(CommonProperties.Id, new NonNullGraphType(_shared.Id), idDescription));
        input.AddField(Field(Version, new NonNullGraphType(_shared.Int),
            "The version you read; a stale one is refused with the current one."));
    }

    /// <summary>One input for every relationship type: the type, the ends, and each relationship property of the model.</summary>
    public InputObjectGraphType Link(bool unlink)
    {
        var input = new InputObjectGraphType
        {
            Name = unlink ? "UnlinkInput" : "LinkInput",
            Description = unlink
                ? "Removes the relationship (from)-[type]->(to)."
                : "Creates the relationship (from)-[type]->(to), or adds sources and changes properties of the stored one.",
        };
        input.AddField(Field("type", new NonNullGraphType(_shared.RelationshipTypeName),
            "The relationship type; CITES is written through sources."));
        input.AddField(Field("from", new NonNullGraphType(_shared.Id), "The node the relationship starts at."));
        input.AddField(Field("to", new NonNullGraphType(_shared.Id), "The node it points to."));
        if (!unlink)
        {
            foreach (var (owner, property) in RelationshipProperties())
            {
                input.AddField(Field(property.Name, InputType(owner, property, false),
                    property.Description + " (where the type declares it)"));
            }
        }

        input.AddField(Field(SourceRefs.Field, Sources(true),
            unlink ? "Why: the sources that justify the removal." : "What supports the link."));
        return input;
    }

    public InputObjectGraphType ImportBatch()
    {
        var node = new InputObjectGraphType { Name = "ImportNodeInput", Description = "One new node of a batch." };
        node.AddField(Field("label", new NonNullGraphType(_shared.Label), "Its label."));
        node.AddField(Field(CommonProperties.Id, new NonNullGraphType(_shared.Id), "Its id; importBatch creates, it never replaces."));
        node.AddField(Field("properties", _propertyMap, "Its properties as stored (see PropertyMap)."));
        node.AddField(Field(SourceRefs.Field, Sources(false), "What supports it; required for every label but Source."));
        var relationship = new InputObjectGraphType { Name = "ImportRelationshipInput", Description = "One relationship of a batch." };
        relationship.AddField(Field("type", new NonNullGraphType(_shared.RelationshipTypeName), "Its type."));
        relationship.AddField(Field("from", new NonNullGraphType(_shared.Id), "Start node: stored or in the batch."));
        relationship.AddField(Field("to", new NonNullGraphType(_shared.Id), "End node: stored or in the batch."));
        relationship.AddField(Field("properties", _propertyMap, "Its own properties (role, confidence, validFrom, validTo)."));
        relationship.AddField(Field(SourceRefs.Field, Sources(false), "What supports it; required for every type but CITES."));
        var batch = new InputObjectGraphType
        {
            Name = "ImportBatchInput",
            Description = "Nodes and relationships written together, all or nothing.",
        };
        batch.AddField(Field("nodes", new ListGraphType(new NonNullGraphType(node)), "New nodes."));
        batch.AddField(Field("relationships", new ListGraphType(new NonNullGraphType(relationship)), "Relationships."));
        return batch;
    }

    /// <summary>Every property a relationship of the model may carry, once by name (provenance and derived ones excluded).</summary>
    public IEnumerable<(string Owner, PropertyDefinition Property)> RelationshipProperties() => _model.RelationshipTypes
        .Where(r => !r.IsCitation)
        .SelectMany(r => r.Properties.Where(p => !p.IsDerived && p.Name is not CommonProperties.SourceIds and not CommonProperties.Quotes)
            .Select(p => (r.Type, p)))
        .DistinctBy(p => p.p.Name);

    private void AddSources(InputObjectGraphType input, NodeType type)
    {
        if (type.Label != _model.SourceLabel)
        {
            input.AddField(Field(SourceRefs.Field, Sources(true), "What supports the record: at least one source."));
        }
    }

    private IGraphType InputType(string owner, PropertyDefinition property, bool required)
    {
        var type = _shared.TypeOf(owner, property);
        return required ? new NonNullGraphType(type) : type;
    }

    private static string Describe(PropertyDefinition property) =>
        property.IsPersonal ? property.Description + " Personal data." : property.Description;

    private static FieldType Field(string name, IGraphType type, string description) =>
        new() { Name = name, ResolvedType = type, Description = description };
}
