namespace GraphServer.Bolt.Protocol;

/// <summary>The Bolt server states as the client tracks them (Bolt spec, "Server state").</summary>
internal enum ConnectionState
{
    /// <summary>Handshake done; HELLO not yet answered.</summary>
    Connected,

    /// <summary>Bolt 5.1+: HELLO answered, waiting for LOGON.</summary>
    Authentication,
    Ready,
    Streaming,
    TxReady,
    TxStreaming,

    /// <summary>A FAILURE arrived; the server ignores everything until RESET.</summary>
    Failed,

    /// <summary>Unusable: the socket broke, the protocol was violated, or GOODBYE was sent.</summary>
    Defunct,
}
