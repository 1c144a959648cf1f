using GraphQL;
using GraphQL.SystemTextJson;
using GraphQL.Types;
using GraphServer.Api.Http;
using GraphServer.Model;
using GraphServer.Schema;

namespace GraphServer.Api.Hosting;

/// <summary>Composition of the server: what Program.cs calls, and nothing else there.</summary>
internal static class GraphServerHostingExtensions
{
    /// <summary>The address used when neither --urls nor ASPNETCORE_URLS says otherwise (README quick start).</summary>
    public const string DefaultUrl = "http://127.0.0.1:5080";

    public static WebApplicationBuilder AddGraphServer(this WebApplicationBuilder builder)
    {
        if (string.IsNullOrEmpty(builder.Configuration["urls"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        // The host reports a failed start itself and then rethrows to Program, which prints one line instead.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.Critical);

        var services = builder.Services;
        services.AddSingleton<GraphStoreHolder>();
        services.AddHostedService<StoreStartup>();
        services.AddSingleton<ISchema>(provider => GraphSchemaFactory.Create(
            RecruitmentModel.Instance, provider.GetRequiredService<GraphStoreHolder>().Store));
        services.AddSingleton<IDocumentExecuter, DocumentExecuter>();
        services.AddSingleton<IGraphQLTextSerializer, GraphQLSerializer>();
        services.AddSingleton<GraphQLHttpEndpoint>();
        return builder;
    }

    public static WebApplication MapGraphServer(this WebApplication app)
    {
        // Resolved per request: the schema needs the store, which opens only when the host starts.
        app.Map("/graphql", (HttpContext context) => context.RequestServices.GetRequiredService<GraphQLHttpEndpoint>().HandleAsync(context));
        return app;
    }
}
