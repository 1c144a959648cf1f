using System.Globalization;
using GraphServer.Api.Access;
using GraphServer.Api.Hosting;
using GraphServer.Model;
using GraphServer.Store;

namespace GraphServer.Api.Exports;

/// <summary>
/// GET /export/{format} (the neighbourhood of some nodes) and GET /export/{format}/path (every shortest path between
/// two nodes) as a file for Gephi, Cytoscape or yEd. Unknown format: 404 listing the formats. Bad parameters: 400. An
/// id that names no node: 404 listing the unknown ids, so a typo never yields a silently empty or partial file. A node
/// that exists but is not visible on the asOf day gives an empty graph (200): that is an answer about the day.
/// </summary>
internal static class ExportEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var exports = app.MapGroup("/export");
        exports.MapGet("/{format}", NeighbourhoodAsync);
        exports.MapGet("/{format}/path", PathAsync);
    }

    public static async Task<IResult> NeighbourhoodAsync(
        string format, HttpRequest request, GraphStoreHolder holder, ExportOptions options, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (ExportFormats.Find(format) is not { } writer)
        {
            return UnknownFormat(format);
        }

        try
        {
            var model = RecruitmentModel.Instance;
            var query = new NeighbourhoodQuery(ExportQuery.Ids(request.Query, options.MaxIds),
                ExportQuery.Integer(request.Query, "depth", 1, 0, Math.Min(options.MaxDepth, NeighbourhoodQuery.MaxDepth)))
            {
                Types = ExportQuery.Types(request.Query, model),
                Limit = ExportQuery.Integer(request.Query, "limit", options.DefaultLimit, 1, options.MaxLimit),
                AsOf = ExportQuery.Day(request.Query, "asOf"),
            };
            if (await UnknownIdsAsync(holder.Store, query.StartIds, cancellationToken) is { } unknown)
            {
                return unknown;
            }

            var subgraph = await holder.Store.GetNeighbourhoodAsync(query, cancellationToken);
            var description = $"Within {query.Depth} hop(s) of {string.Join(", ", query.StartIds)}{AsOfText(query.AsOf)}";
            return File(writer, ExportGraph.From(subgraph, description), query.StartIds, query.AsOf, clock, request.HttpContext);
        }
        catch (ExportRequestException e)
        {
            return BadRequest(e.Message);
        }
    }

    public static async Task<IResult> PathAsync(
        string format, HttpRequest request, GraphStoreHolder holder, ExportOptions options, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (ExportFormats.Find(format) is not { } writer)
        {
            return UnknownFormat(format);
        }

        try
        {
            var query = new PathQuery(ExportQuery.Required(request.Query, "from"), ExportQuery.Required(request.Query, "to"),
                ExportQuery.Integer(request.Query, "maxHops", options.DefaultPathHops, 1, Math.Min(options.MaxPathHops, PathQuery.MaxHopsLimit)))
            {
                Types = ExportQuery.Types(request.Query, RecruitmentModel.Instance),
                ShortestOnly = true,
                Limit = options.MaxPaths,
                AsOf = ExportQuery.Day(request.Query, "asOf"),
            };
            if (await UnknownIdsAsync(holder.Store, [query.FromId, query.ToId], cancellationToken) is { } unknown)
            {
                return unknown;
            }

            // No path within maxHops is an answer, not an error: an empty graph.
            var paths = await holder.Store.FindPathsAsync(query, cancellationToken);
            var description = $"Shortest paths from {query.FromId} to {query.ToId} (at most {query.MaxHops} hops){AsOfText(query.AsOf)}";
            return File(writer, ExportGraph.From(paths, description), [query.FromId, query.ToId], query.AsOf, clock, request.HttpContext);
        }
        catch (ExportRequestException e)
        {
            return BadRequest(e.Message);
        }
    }

    private static async Task<IResult?> UnknownIdsAsync(IGraphStore store, IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        var found = (await store.GetNodesAsync(ids, cancellationToken)).Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        var unknown = ids.Where(id => !found.Contains(id)).Distinct(StringComparer.Ordinal).ToList();
        return unknown.Count == 0
            ? null
            : TypedResults.Problem(
                title: "Unknown node id",
                detail: $"No node has the id {string.Join(", ", unknown)}.",
                statusCode: StatusCodes.Status404NotFound,
                extensions: new Dictionary<string, object?> { ["unknownIds"] = unknown });
    }

    private static ExportFileResult File(
        IGraphExportWriter writer, ExportGraph graph, IEnumerable<string> ids, DateOnly? asOf, TimeProvider clock, HttpContext http)
    {
        // The file is dated by the day its graph describes: asOf when given, otherwise today (UTC).
        var day = asOf ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var columns = ExportedProperties.IncludesPersonal(CallerClaims.RoleOf(http.User))
            ? ExportColumns.RecruitmentWithPersonal
            : ExportColumns.Recruitment;
        if (columns.HasPersonal && ExportAudit.PersonalNodeIds(graph).ToList() is { Count: > 0 } personal)
        {
            PersonalReadLog.Of(http).Add("export", http.Request.Path + http.Request.QueryString, personal);
        }

        return new ExportFileResult(writer, graph, columns, ExportFileName.For(ids, day, writer.FileExtension));
    }

    private static string AsOfText(DateOnly? asOf) =>
        asOf is { } day ? " as of " + day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : string.Empty;

    private static IResult UnknownFormat(string format) => TypedResults.Problem(
        title: "Unknown export format",
        detail: $"'{format}' is not an export format; use one of {string.Join(", ", ExportFormats.Names)}.",
        statusCode: StatusCodes.Status404NotFound,
        extensions: new Dictionary<string, object?> { ["formats"] = ExportFormats.Names });

    private static IResult BadRequest(string message) =>
        TypedResults.Problem(title: "Bad export request", detail: message, statusCode: StatusCodes.Status400BadRequest);
}
