using GraphServer.Model;

namespace GraphServer.Schema.Filtering;

/// <summary>A filter field on one property; its operation input follows the property's kind.</summary>
internal sealed record PropertyTarget(PropertyDefinition Property) : FilterTarget;
