namespace GraphServer.Model;

/// <summary>How many relationships of a type one node may have at one end (see <see cref="RelationshipEnd"/>).</summary>
public enum Cardinality
{
    /// <summary>At most one: an event happened at one place.</summary>
    One,
    Many,
}
