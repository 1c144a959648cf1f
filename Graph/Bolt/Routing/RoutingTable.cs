using GraphServer.Bolt.Protocol;

namespace GraphServer.Bolt.Routing;

/// <summary>One database's cluster view from ROUTE: who routes, who reads, who writes, and until when it holds.</summary>
internal sealed class RoutingTable(string? database, List<ServerAddress> routers, List<ServerAddress> readers, List<ServerAddress> writers,
    long expiresAt)
{
    /// <summary>The resolved database name (the home database when the session named none).</summary>
    public string? Database { get; } = database;

    public List<ServerAddress> Routers { get; } = routers;

    public List<ServerAddress> Readers { get; } = readers;

    public List<ServerAddress> Writers { get; } = writers;

    /// <summary>A <see cref="TimeProvider.GetTimestamp"/> value.</summary>
    public long ExpiresAt { get; } = expiresAt;

    public IReadOnlyList<ServerAddress> For(AccessMode mode) => mode == AccessMode.Read ? Readers : Writers;

    public bool IsFresh(AccessMode mode, TimeProvider clock) =>
        clock.GetTimestamp() < ExpiresAt && Routers.Count > 0 && For(mode).Count > 0;

    /// <summary>Drops a server that could not be reached from every role, so the next pick avoids it.</summary>
    public void Forget(ServerAddress address)
    {
        lock (Readers)
        {
            Readers.Remove(address);
        }

        ForgetWriter(address);
    }

    public void ForgetWriter(ServerAddress address)
    {
        lock (Writers)
        {
            Writers.Remove(address);
        }
    }

    /// <summary>Parses ROUTE's SUCCESS: {rt: {ttl, db, servers: [{addresses, role}]}}.</summary>
    public static RoutingTable Parse(IReadOnlyDictionary<string, object?> metadata, TimeProvider clock)
    {
        if (metadata.GetValueOrDefault("rt") is not IReadOnlyDictionary<string, object?> rt)
        {
            throw new ProtocolException("ROUTE answered without a routing table.");
        }

        List<ServerAddress> routers = [], readers = [], writers = [];
        foreach (var server in rt.GetValueOrDefault("servers") as List<object?> ?? [])
        {
            if (server is not IReadOnlyDictionary<string, object?> entry)
            {
                continue;
            }

            var target = (entry.GetValueOrDefault("role") as string) switch
            {
                "ROUTE" => routers,
                "READ" => readers,
                "WRITE" => writers,
                _ => null,
            };
            foreach (var address in entry.GetValueOrDefault("addresses") as List<object?> ?? [])
            {
                if (address is string text)
                {
                    target?.Add(ServerAddress.Parse(text));
                }
            }
        }

        var ttl = rt.GetValueOrDefault("ttl") is long seconds ? TimeSpan.FromSeconds(seconds) : TimeSpan.FromMinutes(5);
        var expiresAt = clock.GetTimestamp() + (long)(ttl.TotalSeconds * clock.TimestampFrequency);
        return new RoutingTable(rt.GetValueOrDefault("db") as string, routers, readers, writers, expiresAt);
    }
}
