namespace GraphServer.Api.Exports;

/// <summary>What the host composition calls to add the /export routes.</summary>
internal static class ExportHostingExtensions
{
    public static IServiceCollection AddGraphExports(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(Settings.ServerSettings.ReadExport(configuration));
        services.AddSingleton(TimeProvider.System);
        return services;
    }

    public static IEndpointRouteBuilder MapGraphExports(this IEndpointRouteBuilder app)
    {
        ExportEndpoints.Map(app);
        return app;
    }
}
