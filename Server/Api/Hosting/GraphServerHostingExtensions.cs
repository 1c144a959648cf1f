using GraphQL;
using GraphQL.SystemTextJson;
using GraphQL.Types;
using GraphServer.Api.Documents;
using GraphServer.Api.Errors;
using GraphServer.Api.Exports;
using GraphServer.Api.Health;
using GraphServer.Api.Http;
using GraphServer.Api.GraphView;
using GraphServer.Api.Ide;
using GraphServer.Api.Protection;
using GraphServer.Model;
using GraphServer.Schema;
using GraphServer.Schema.Loading;

namespace GraphServer.Api.Hosting;

/// <summary>Composition of the server: what Program.cs calls, and nothing else there.</summary>
internal static class GraphServerHostingExtensions
{
    /// <summary>The address used when neither --urls nor ASPNETCORE_URLS says otherwise (README quick start).</summary>
    public const string DefaultUrl = "http://127.0.0.1:5080";

    public const string Endpoint = "/graphql";

    public static WebApplicationBuilder AddGraphServer(this WebApplicationBuilder builder)
    {
        if (string.IsNullOrEmpty(builder.Configuration["urls"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        // The host reports a failed start itself and then rethrows to Program, which prints one line instead.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.Critical);

        // Request-by-request framework logs only at Warning, whether or not appsettings.json is in the content root.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);

        var http = builder.Configuration.GetSection(GraphQLHttpOptions.Section).Get<GraphQLHttpOptions>() ?? new GraphQLHttpOptions();
        var exposeDetails = builder.Environment.IsDevelopment();

        var services = builder.Services;
        services.AddSingleton(http);
        services.AddSingleton<GraphStoreHolder>();
        services.AddHostedService<StoreStartup>();
        services.AddSingleton<ISchema>(provider => GraphSchemaFactory.Create(
                RecruitmentModel.Instance,
                provider.GetRequiredService<GraphStoreHolder>().Store,
                loading: new DataLoaderOptions { MaxBatchSize = http.MaxBatchSize })
            .WithIntrospectionComplexityImpact(http.IntrospectionCostFactor));
        services.AddSingleton<IDocumentExecuter, DocumentExecuter>();
        services.AddSingleton<IGraphQLTextSerializer>(new GraphQLSerializer(new GraphServerErrorInfoProvider(exposeDetails)));
        services.AddSingleton(new DocumentPreparer(
            new DocumentCache(http.DocumentCacheSize),
            http.TrustedDocumentsPath is { Length: > 0 } path ? TrustedDocuments.Load(path) : null,
            http));
        services.AddSingleton<ValidationRuleSet>();
        services.AddSingleton<UnexpectedErrorHandler>();
        services.AddSingleton<GraphQLRequestReader>();
        services.AddSingleton<GraphQLHttpEndpoint>();
        services.AddGraphExports(builder.Configuration);
        return builder;
    }

    public static WebApplication MapGraphServer(this WebApplication app)
    {
        BananaCakePop.UseFiles(app, Endpoint);
        app.MapGet(Endpoint + "/schema.graphql", SchemaSdlEndpoint.Get);
        app.MapGet("/health/ready", ReadinessEndpoint.CheckAsync);
        app.MapGraphExports();
        GraphViewPage.Map(app);

        // Resolved per request: the schema needs the store, which opens only when the host starts.
        app.Map(Endpoint, (HttpContext context) => BananaCakePop.IsBrowserNavigation(context.Request)
            ? BananaCakePop.ServeAsync(context)
            : context.RequestServices.GetRequiredService<GraphQLHttpEndpoint>().HandleAsync(context));
        return app;
    }
}
