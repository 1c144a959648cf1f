using GraphServer.Store;

namespace GraphServer.Schema.Filtering;

/// <summary>A filter field on the neighbours over one relationship end; <see cref="FarSubject"/> is a label, a union or Node.</summary>
internal sealed record RelationshipTarget(string Type, EdgeDirection Direction, string FarSubject) : FilterTarget;
