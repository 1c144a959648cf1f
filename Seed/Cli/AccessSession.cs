using System.Text.Json;
using GraphServer.Store.Access;
using GraphServer.Store.Configuration;

namespace GraphServer.Seed.Cli;

/// <summary>Opens the audit log and API keys beside the configured store for one command; CLI changes are audited as the OS user.</summary>
internal static class AccessSession
{
    public static Task<int> RunAsync(StoreSettings settings, Func<IAccessStore, Task<int>> work, CancellationToken cancellationToken) =>
        StoreSession.RunAsync(settings, async store =>
        {
            var access = await AccessStores.OpenAsync(store, cancellationToken).ConfigureAwait(false);
            return await work(access).ConfigureAwait(false);
        }, cancellationToken);

    /// <summary>Who ran the CLI: GRAPH_ACTOR when a wrapper names the person, else the operating-system user.</summary>
    public static string Actor(Func<string, string?> environment) => "cli:" + (environment("GRAPH_ACTOR") ?? Environment.UserName);

    public static Task AuditAsync(
        IAuditLog log, Func<string, string?> environment, string kind, string id, CancellationToken cancellationToken) =>
        log.AppendAsync(
            new AuditRecord(Actor(environment), "admin", kind, kind, null, JsonSerializer.Serialize(new { id }), [id]), cancellationToken);
}
