namespace GraphServer.Model;

/// <summary>How many relationships of a type one start node may have.</summary>
public enum Cardinality
{
    /// <summary>At most one (a fighter is a citizen of one country in our model; dual nationals get two Fighter facts).</summary>
    One,
    Many,
}
