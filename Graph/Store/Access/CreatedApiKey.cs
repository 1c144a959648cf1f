namespace GraphServer.Store.Access;

/// <summary>A new key and its secret, shown once to whoever created it; the store keeps only the hash.</summary>
public sealed record CreatedApiKey(ApiKey Key, string Secret);
