using GraphQL;
using GraphQL.SystemTextJson;
using GraphQL.Types;
using GraphServer.Api.Access;
using GraphServer.Api.Documents;
using GraphServer.Api.Errors;
using GraphServer.Api.Exports;
using GraphServer.Api.Health;
using GraphServer.Api.Http;
using GraphServer.Api.GraphView;
using GraphServer.Api.Ide;
using GraphServer.Api.Observability;
using GraphServer.Api.Protection;
using GraphServer.Api.Settings;
using GraphServer.Model;
using GraphServer.Schema;
using GraphServer.Schema.Loading;
using GraphServer.Schema.Mutations;
using GraphServer.Schema.Paging;

namespace GraphServer.Api.Hosting;

/// <summary>Composition of the server: what Program.cs calls, and nothing else there.</summary>
internal static class GraphServerHostingExtensions
{
    /// <summary>The address used when neither --urls nor ASPNETCORE_URLS says otherwise (README quick start).</summary>
    public const string DefaultUrl = "http://127.0.0.1:5080";

    public const string Endpoint = "/graphql";

    public static WebApplicationBuilder AddGraphServer(this WebApplicationBuilder builder)
    {
        ServerSettings.CheckUrls(builder.Configuration["urls"]);
        if (string.IsNullOrEmpty(builder.Configuration["urls"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        // The host reports a failed start itself and then rethrows to Program, which prints one line instead.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.Critical);

        // Request-by-request framework logs only at Warning, whether or not appsettings.json is in the content root.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);

        builder.AddGraphServerTelemetry();

        var http = ServerSettings.ReadHttp(builder.Configuration);
        var paging = builder.Configuration.GetSection(PagingOptions.Section).Get<PagingOptions>() ?? new PagingOptions();
        var trustedDocuments = ServerSettings.ReadTrustedDocuments(http);
        var exposeDetails = builder.Environment.IsDevelopment();

        var services = builder.Services;
        services.AddSingleton(http);
        services.AddSingleton<GraphStoreHolder>();
        services.AddGraphAccess(builder.Configuration);
        services.AddHostedService<StoreStartup>();
        services.AddSingleton<StoreAvailability>();
        services.AddHostedService<StoreAvailabilityMonitor>();
        services.AddSingleton<ISchema>(provider => GraphSchemaFactory.Create(
                RecruitmentModel.Instance,
                provider.GetRequiredService<GraphStoreHolder>().Store,
                paging,
                new DataLoaderOptions { MaxBatchSize = http.MaxBatchSize, CompileSelections = http.CompileSelections },
                extend: schema => AccessSchema.Extend(schema, RecruitmentModel.Instance, provider.GetRequiredService<AuthOptions>()),
                mutations: builder.Configuration.GetSection(MutationOptions.Section).Get<MutationOptions>())
            .WithIntrospectionComplexityImpact(http.IntrospectionCostFactor)
            .WithCostBreakdown());
        services.AddSingleton<IDocumentExecuter, DocumentExecuter>();
        services.AddSingleton<IGraphQLTextSerializer>(new GraphQLSerializer(new GraphServerErrorInfoProvider(exposeDetails)));
        services.AddSingleton(new DocumentPreparer(
            new DocumentCache(http.DocumentCacheSize),
            trustedDocuments,
            http));
        services.AddSingleton<ValidationRuleSet>();
        services.AddSingleton<UnexpectedErrorHandler>();
        services.AddSingleton<RefusedDocumentLog>();
        services.AddSingleton<GraphQLRequestReader>();
        services.AddSingleton<GraphQLHttpEndpoint>();
        services.AddGraphExports(builder.Configuration);
        services.AddSingleton<GracefulShutdown>();
        services.AddHostedService(provider => provider.GetRequiredService<GracefulShutdown>());
        services.Configure<HostOptions>(o => o.ShutdownTimeout = http.ShutdownTimeout + TimeSpan.FromSeconds(5));
        return builder;
    }

    public static WebApplication MapGraphServer(this WebApplication app)
    {
        var shutdown = app.Services.GetRequiredService<GracefulShutdown>();
        app.Use((context, next) => shutdown.InvokeAsync(context, next));
        BananaCakePop.UseFiles(app, Endpoint);
        app.UseGraphAccess();
        app.MapGet(Endpoint + "/schema.graphql", SchemaSdlEndpoint.Get);
        app.MapGet("/health/live", () => TypedResults.Ok(new { status = "live" }));
        app.MapGet("/health/ready", ReadinessEndpoint.CheckAsync);
        app.MapGraphServerTelemetry();
        app.MapGraphExports();
        GraphViewPage.Map(app);

        // Resolved per request: the schema needs the store, which opens only when the host starts.
        app.Map(Endpoint, (HttpContext context) => BananaCakePop.IsBrowserNavigation(context.Request)
            ? BananaCakePop.ServeAsync(context)
            : context.RequestServices.GetRequiredService<GraphQLHttpEndpoint>().HandleAsync(context));
        return app;
    }
}
