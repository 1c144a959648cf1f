namespace GraphServer.Model;

/// <summary>One property of a node or relationship type, as declared in <see cref="RecruitmentModel"/>.</summary>
public sealed record PropertyDefinition(string Name, PropertyKind Kind, PropertyFlags Flags, string Description)
{
    /// <summary>When set, the only values the property accepts (an enumeration in the schema).</summary>
    public IReadOnlyList<string>? AllowedValues { get; init; }

    /// <summary>For a closed vocabulary that documents its values (<c>Claim.metric</c>): what each value means.</summary>
    public IReadOnlyDictionary<string, string>? ValueDescriptions { get; init; }

    public bool IsRequired => Flags.HasFlag(PropertyFlags.Required);

    public bool IsSearchable => Flags.HasFlag(PropertyFlags.Searchable);

    public bool IsPersonal => Flags.HasFlag(PropertyFlags.Personal);

    public bool IsIndexed => Flags.HasFlag(PropertyFlags.Indexed);

    public bool IsKnownFrom => Flags.HasFlag(PropertyFlags.KnownFrom);

    public bool IsDerived => Flags.HasFlag(PropertyFlags.Derived);
}
