using GraphServer.Model;
using GraphServer.Store;

namespace GraphServer.Schema.Investigation.Trace;

/// <summary>
/// The chain recruiter → offer → ad channel → fighter → unit → location → outcome event over the model's relationships.
/// The model has no relationship from an ad channel to a fighter or from a location to a fighter's event, so the chain is
/// a tree rooted at the fighter: each hop names the earlier-or-adjacent hop whose node its relationship reaches
/// (<see cref="TraceLink.From"/>). Labels and types are checked against the model when the schema is built, so a renamed
/// label or relationship fails at start, not in a query.
/// </summary>
internal sealed class TraceChain
{
    public TraceChain(GraphModel model)
    {
        Fighter = Label(model, "Fighter");
        Offer = Link(model, TraceHop.Offer, "Offer", "ANSWERED", EdgeDirection.Outgoing, TraceHop.Fighter);
        Placer = Link(model, TraceHop.Recruiter, "Recruiter", "PLACED", EdgeDirection.Incoming, TraceHop.Offer);
        Recruiter = Link(model, TraceHop.Recruiter, "Recruiter", "RECRUITED", EdgeDirection.Incoming, TraceHop.Fighter);
        AdChannel = Link(model, TraceHop.AdChannel, "AdChannel", "ADVERTISED_ON", EdgeDirection.Outgoing, TraceHop.Offer);
        Unit = Link(model, TraceHop.Unit, "Unit", "SERVED_IN", EdgeDirection.Outgoing, TraceHop.Fighter);
        Location = Link(model, TraceHop.Location, "Location", "DEPLOYED_TO", EdgeDirection.Outgoing, TraceHop.Unit);
        Outcome = Link(model, TraceHop.Outcome, "Event", "SUBJECT_OF", EdgeDirection.Outgoing, TraceHop.Fighter);
        Citizenship = Link(model, TraceHop.Fighter, "Country", "CITIZEN_OF", EdgeDirection.Outgoing, TraceHop.Fighter);
        Status = Property(model, Fighter, "status", []);
        Role = Property(model, null, "role", model.FindRelationship(Unit.Type)!.Properties);
        Platform = Property(model, AdChannel.Label, "platform", []);
        UnitKind = Property(model, Unit.Label, "kind", []);
        OutcomeKind = Property(model, Outcome.Label, "kind", []);
    }

    /// <summary>The fighter's last known status: what happened, where no event says.</summary>
    public string Status { get; }

    /// <summary>The fighter's role in the unit, a property of the unit hop's relationship.</summary>
    public string Role { get; }

    public string Platform { get; }

    public string UnitKind { get; }

    public string OutcomeKind { get; }

    public string Fighter { get; }

    /// <summary>The fighter answered the offer.</summary>
    public TraceLink Offer { get; }

    /// <summary>The recruiter placed the branch's offer: the recruiter hop when the offer names one.</summary>
    public TraceLink Placer { get; }

    /// <summary>The recruiter signed the fighter up: the recruiter hop when no offer of the branch names its placer.</summary>
    public TraceLink Recruiter { get; }

    public TraceLink AdChannel { get; }

    public TraceLink Unit { get; }

    public TraceLink Location { get; }

    public TraceLink Outcome { get; }

    /// <summary>Not a hop: the country a trace filter means (the fighter's citizenship).</summary>
    public TraceLink Citizenship { get; }

    private static string Label(GraphModel model, string label) => model.GetNode(label).Label;

    /// <summary>A property of a label, or of a relationship when <paramref name="label"/> is null; checked against the model.</summary>
    private static string Property(GraphModel model, string? label, string name, IReadOnlyList<PropertyDefinition> relationship) =>
        (label is null ? relationship.FirstOrDefault(p => p.Name == name) : model.GetNode(label).FindProperty(name))?.Name
        ?? throw new InvalidOperationException($"The model declares no {label ?? "relationship"} property {name}.");

    private static TraceLink Link(GraphModel model, TraceHop hop, string label, string type, EdgeDirection direction, TraceHop from)
    {
        var relationship = model.FindRelationship(type) ?? throw new InvalidOperationException($"The model declares no {type}.");
        var far = direction == EdgeDirection.Outgoing ? relationship.To : relationship.From;
        if (!far.Contains(Label(model, label)))
        {
            throw new InvalidOperationException($"{type} does not reach {label} {direction.ToString().ToLowerInvariant()}.");
        }

        return new TraceLink(hop, label, type, direction, from);
    }
}
