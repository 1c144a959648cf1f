using GraphServer.Model;

namespace GraphServer.Schema.Filtering;

/// <summary>A filter field on one property; its operation input follows the property's kind (or enum, named by its owner label).</summary>
internal sealed record PropertyTarget(PropertyDefinition Property, string Owner) : FilterTarget;
