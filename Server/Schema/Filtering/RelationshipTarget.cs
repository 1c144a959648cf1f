using GraphServer.Store;

namespace GraphServer.Schema.Filtering;

/// <summary>A filter field on the neighbours over one relationship type and direction, all of one label.</summary>
internal sealed record RelationshipTarget(string Type, EdgeDirection Direction, string FarLabel) : FilterTarget;
