namespace GraphServer.Model;

/// <summary>
/// One end of a relationship type as the near node sees it: <see cref="FieldName"/> is the GraphQL field on every
/// <see cref="NearLabels"/> node (<c>targets</c> on Offer, <c>targetedBy</c> on Country). <see cref="Cardinality"/>
/// <c>One</c> means a near node has at most one such relationship (a single nullable field; the validator refuses a
/// second). <see cref="UnionName"/> names the type of the field when <see cref="FarLabels"/> has several labels.
/// </summary>
public sealed record RelationshipEnd(
    string RelationshipType,
    bool IsOutgoing,
    string FieldName,
    Cardinality Cardinality,
    IReadOnlyList<string> NearLabels,
    IReadOnlyList<string> FarLabels,
    string? UnionName);
