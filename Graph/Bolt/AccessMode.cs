namespace GraphServer.Bolt;

/// <summary>Whether work only reads (may go to a reader in a cluster) or writes.</summary>
public enum AccessMode
{
    Read,
    Write,
}
