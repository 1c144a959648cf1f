namespace GraphServer.Bolt.Protocol;

internal enum TlsMode
{
    /// <summary>bolt:// and neo4j://: plain TCP.</summary>
    None,

    /// <summary>bolt+s:// and neo4j+s://: the certificate must chain to a trusted root and match the host.</summary>
    Verify,

    /// <summary>bolt+ssc:// and neo4j+ssc://: encrypted, any certificate accepted (self-signed, development only).</summary>
    TrustAny,
}
