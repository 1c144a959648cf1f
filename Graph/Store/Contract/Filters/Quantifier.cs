namespace GraphServer.Store;

/// <summary>How many of a node's neighbours a <see cref="RelationshipFilter"/> requires to match.</summary>
public enum Quantifier
{
    /// <summary>At least one neighbour matches.</summary>
    Some,

    /// <summary>No neighbour fails to match (true for a node without neighbours).</summary>
    All,

    /// <summary>No neighbour matches.</summary>
    None,
}
