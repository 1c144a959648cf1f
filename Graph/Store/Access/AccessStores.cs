using GraphServer.Store.Embedded;
using GraphServer.Store.Neo4j;

namespace GraphServer.Store.Access;

/// <summary>The access store that lives beside a graph store: its SQLite file, or its Neo4j database.</summary>
public static class AccessStores
{
    public static async Task<IAccessStore> OpenAsync(IGraphStore store, CancellationToken cancellationToken = default)
    {
        IAccessStore access = store switch
        {
            EmbeddedStore embedded => new EmbeddedAccessStore(embedded.DatabasePath),
            Neo4jStore neo4j => new Neo4jAccessStore(neo4j.Driver),
            _ => throw new NotSupportedException($"The {store.Name} store keeps no audit log."),
        };
        await access.InitializeAsync(cancellationToken).ConfigureAwait(false);
        return access;
    }
}
