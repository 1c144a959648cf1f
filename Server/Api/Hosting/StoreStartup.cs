using GraphServer.Model;
using GraphServer.Seed.Loading;
using GraphServer.Store.Configuration;

namespace GraphServer.Api.Hosting;

/// <summary>
/// Opens the configured store before the server starts listening and seeds it when it is empty
/// (GRAPH_SEED=none turns seeding off). Setting mistakes surface as <see cref="StoreConfigurationException"/>.
/// </summary>
internal sealed partial class StoreStartup(
    IConfiguration configuration,
    GraphStoreHolder holder,
    Health.StoreAvailability availability,
    IHostApplicationLifetime lifetime,
    Microsoft.AspNetCore.Hosting.Server.IServer server,
    ILogger<StoreStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = StoreSettings.From(key => configuration[key]);
        var store = await StoreFactory.OpenAsync(settings, RecruitmentModel.Instance, cancellationToken).ConfigureAwait(false);
        holder.Set(Observability.TracedStore.Wrap(store, availability), opened: store);
        LogOpened(logger, settings.ToString());

        var seed = configuration["GRAPH_SEED"]?.Trim().ToLowerInvariant();
        if (seed is not ("none" or "off" or "false") && await store.CountNodesAsync(cancellationToken).ConfigureAwait(false) == 0)
        {
            var count = await SeedData.LoadAsync(store, cancellationToken).ConfigureAwait(false);
            LogSeeded(logger, count);
        }

        lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = server.Features.Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()?.Addresses ?? [];
            foreach (var address in addresses)
            {
                LogReady(logger, address.TrimEnd('/') + "/graphql");
            }
        });
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Graph store: {Store}")]
    private static partial void LogOpened(ILogger logger, string store);

    [LoggerMessage(Level = LogLevel.Information, Message = "The store was empty: loaded the cited seed ({Count} nodes)")]
    private static partial void LogSeeded(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "GraphQL ready at {Url}")]
    private static partial void LogReady(ILogger logger, string url);
}
