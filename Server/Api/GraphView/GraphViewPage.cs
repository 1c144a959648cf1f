using Microsoft.Extensions.FileProviders;

namespace GraphServer.Api.GraphView;

/// <summary>
/// /graph/: the graph view, a static page (GraphView/page) with Cytoscape.js and its dagre layout, all copied into the
/// build output (<c>graphview/</c>, see GraphServer.Api.csproj) and served from there, so it works offline. The page
/// reads the /export/cytoscape routes, so it shows what an export holds and nothing more.
/// </summary>
internal static class GraphViewPage
{
    public const string Path = "/graph";

    public static string Directory { get; } = System.IO.Path.Combine(AppContext.BaseDirectory, "graphview");

    public static void Map(WebApplication app)
    {
        var files = new PhysicalFileProvider(Directory);
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            RequestPath = Path,
            // The page changes with the server: browsers ask again rather than run a stale script against new routes.
            OnPrepareResponse = context => context.Context.Response.Headers.CacheControl = "no-cache",
        });
        // One endpoint for /graph and /graph/ (routing treats them as one template): the page's files are addressed
        // relative to it, so it must end in a slash.
        app.MapGet(Path, (HttpContext context) => Serve(context));
    }

    private static IResult Serve(HttpContext context)
    {
        var request = context.Request;
        if (!request.Path.Value!.EndsWith('/'))
        {
            return Results.Redirect(request.PathBase + Path + "/" + request.QueryString);
        }

        var page = System.IO.Path.Combine(Directory, "index.html");
        context.Response.Headers.CacheControl = "no-cache";
        return File.Exists(page)
            ? Results.File(page, "text/html; charset=utf-8")
            : Results.Problem(title: "Graph view missing", detail: "The graph view is not in this build: see Server/Api/GraphView.", statusCode: 404);
    }
}
