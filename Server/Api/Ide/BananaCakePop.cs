using Microsoft.Extensions.FileProviders;

namespace GraphServer.Api.Ide;

/// <summary>
/// Banana Cake Pop, served by us as its own middleware hosts it: the pinned npm package's files are copied into the
/// build output (<c>bcp/</c>, see GraphServer.Api.csproj), a browser opening /graphql is sent to /graphql/, and
/// /graphql/bcp-config.json tells the IDE to use the page's own address as its endpoint. Nothing comes from a CDN.
/// </summary>
/// <remarks>
/// The config is the IDE's "preset" (main.*.js reads it into a React context): <c>disableTelemetry</c> stops the
/// POST to telemetry.chillicream.com that the IDE otherwise sends on start (offline it shows "Failed to fetch"), and no
/// <c>gaTrackingId</c> means no Google Tag Manager script. The browser test asserts the page asks nothing of other hosts.
/// </remarks>
internal static class BananaCakePop
{
    public const string ConfigJson = """{"useBrowserUrlAsEndpoint": true, "disableTelemetry": true}""";

    public static string Directory { get; } = Path.Combine(AppContext.BaseDirectory, "bcp");

    public static bool IsInstalled => File.Exists(Path.Combine(Directory, "index.html"));

    /// <summary>A browser opening the endpoint: a GET that accepts HTML and carries no GraphQL query.</summary>
    public static bool IsBrowserNavigation(HttpRequest request) =>
        HttpMethods.IsGet(request.Method)
        && !request.Query.ContainsKey("query")
        && request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));

    public static Task ServeAsync(HttpContext context)
    {
        if (!context.Request.Path.Value!.EndsWith('/'))
        {
            // The IDE's files are addressed relative to the page, so the page must end in a slash.
            context.Response.Redirect(context.Request.PathBase + context.Request.Path + "/" + context.Request.QueryString);
            return Task.CompletedTask;
        }

        if (!IsInstalled)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return context.Response.WriteAsync("Banana Cake Pop is not in this build: see Server/Api/Ide/npm.");
        }

        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.CacheControl = "no-cache";
        return context.Response.SendFileAsync(Path.Combine(Directory, "index.html"));
    }

    public static void UseFiles(WebApplication app, string endpoint)
    {
        if (IsInstalled)
        {
            app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(Directory), RequestPath = endpoint });
        }

        app.MapGet(endpoint + "/bcp-config.json", () => Results.Text(ConfigJson, "application/json"));
    }
}
