using System.Net.Sockets;
using GraphServer.Bolt;
using GraphServer.Model;
using GraphServer.Store.Embedded;
using GraphServer.Store.Neo4j;

namespace GraphServer.Store.Configuration;

/// <summary>Opens and initialises the configured store, turning every setting mistake into a <see cref="StoreConfigurationException"/>.</summary>
public static class StoreFactory
{
    public static async Task<IGraphStore> OpenAsync(StoreSettings settings, GraphModel model, CancellationToken cancellationToken = default)
    {
        IGraphStore store = settings.Store switch
        {
            StoreSettings.Embedded => OpenEmbedded(settings, model),
            StoreSettings.Neo4j => OpenNeo4j(settings, model),
            _ => throw new StoreConfigurationException(
                $"GRAPH_STORE='{settings.Store}' is not a store GraphServer knows; use 'embedded' (the default) or 'neo4j'."),
        };
        try
        {
            await store.InitializeAsync(cancellationToken).ConfigureAwait(false);
            return store;
        }
        catch (Exception e) when (Explain(settings, e) is { } message)
        {
            await store.DisposeAsync().ConfigureAwait(false);
            throw new StoreConfigurationException(message, e);
        }
    }

    private static EmbeddedStore OpenEmbedded(StoreSettings settings, GraphModel model)
    {
        try
        {
            return new EmbeddedStore(model, settings.DataDirectory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StoreConfigurationException(
                $"GRAPH_DATA_DIR='{settings.DataDirectory}' cannot be used for the embedded store ({e.Message}); point it at a writable folder.", e);
        }
    }

    private static Neo4jStore OpenNeo4j(StoreSettings settings, GraphModel model)
    {
        if (settings.Neo4jUri is null)
        {
            throw new StoreConfigurationException("GRAPH_STORE=neo4j needs NEO4J_URI, e.g. NEO4J_URI=bolt://localhost:7687 (and NEO4J_USER, NEO4J_PASSWORD).");
        }

        if (!Uri.TryCreate(settings.Neo4jUri, UriKind.Absolute, out var uri))
        {
            throw new StoreConfigurationException($"NEO4J_URI='{settings.Neo4jUri}' is not a URI; use the form bolt://host:7687 or neo4j://host:7687.");
        }

        try
        {
            var store = new Neo4jStore(model, BoltDriver.Create(uri, BoltAuth.Basic(settings.Neo4jUser, settings.Neo4jPassword ?? string.Empty)));
            if (settings.StatementLog is { } path)
            {
                store.StatementObserver = new StatementLogFile(path).Append;
            }

            return store;
        }
        catch (ArgumentException e)
        {
            throw new StoreConfigurationException($"NEO4J_URI='{settings.Neo4jUri}' cannot be used: {e.Message}", e);
        }
    }

    private static string? Explain(StoreSettings settings, Exception error) => error switch
    {
        AuthenticationException => $"Neo4j at {settings.Neo4jUri} refused the credentials of user '{settings.Neo4jUser}'; set NEO4J_USER and NEO4J_PASSWORD to a valid login.",
        ServiceUnavailableException or SocketException or IOException when settings.Store == StoreSettings.Neo4j =>
            $"Neo4j at {settings.Neo4jUri} cannot be reached ({error.Message}); start Neo4j or correct NEO4J_URI.",
        Neo4jException neo4j => $"Neo4j at {settings.Neo4jUri} refused to set up the graph schema: {neo4j.Message}",
        Microsoft.Data.Sqlite.SqliteException or IOException or UnauthorizedAccessException =>
            $"The embedded store in GRAPH_DATA_DIR='{settings.DataDirectory}' cannot be opened ({error.Message}); point it at a writable folder.",
        _ => null,
    };
}
