using System.Globalization;
using GraphServer.Api.Access;
using GraphServer.Api.Hosting;
using GraphServer.Model;
using GraphServer.Schema.Investigation.Trace;
using GraphServer.Store;

namespace GraphServer.Api.Exports;

/// <summary>
/// GET /export/{format} (the neighborhood of some nodes, or with ?trace= a fighter's trace), GET /export/{format}/path
/// (every shortest path between two nodes) and GET /export/{format}/all (the whole graph, streamed) as a file for Gephi, Cytoscape, yEd, Sigma.js or a
/// spreadsheet. Unknown format: 404 listing the formats. Bad parameters or a limit passed: 400 naming the limit. An id
/// that names no node: 404 listing the unknown ids. Nothing to export (the start nodes are not visible on the asOf day,
/// no path within maxHops): 404 with a message saying which, the same for every format, never an empty file.
/// </summary>
internal static class ExportEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var exports = app.MapGroup("/export");
        exports.MapGet("/{format}", NeighborhoodAsync);
        exports.MapGet("/{format}/path", PathAsync);
        exports.MapGet("/{format}/all", AllAsync);
    }

    public static async Task<IResult> NeighborhoodAsync(
        string format, HttpRequest request, GraphStoreHolder holder, ExportOptions options, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (ExportFormats.Find(format) is not { } writer)
        {
            return UnknownFormat(format);
        }

        try
        {
            if (request.Query.ContainsKey("trace"))
            {
                return await TraceAsync(writer, request, holder, clock, cancellationToken);
            }

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
            if (subgraph.Nodes.Count == 0)
            {
                return NothingToExport("No match", $"None of {string.Join(", ", query.StartIds)} is visible{AsOfText(query.AsOf)}.");
            }

            var description = $"Within {query.Depth} hop(s) of {string.Join(", ", query.StartIds)}{AsOfText(query.AsOf)}";
            var cut = subgraph.Truncated ? new ExportCut("limit", query.Limit) : null;
            var graph = await InMemoryAsync(holder.Store, subgraph.Nodes, subgraph.Edges, description, cut, cancellationToken);
            return File(writer, graph, query.StartIds, query.AsOf, clock, request.HttpContext);
        }
        catch (ExportRequestException e)
        {
            return BadRequest(e.Message);
        }
    }

    /// <summary>?trace=fighter id: the fighter's chain as the API's <c>trace</c> field gives it (issue 9), every branch.</summary>
    private static async Task<IResult> TraceAsync(
        IGraphExportWriter writer, HttpRequest request, GraphStoreHolder holder, TimeProvider clock, CancellationToken cancellationToken)
    {
        var fighter = ExportQuery.Required(request.Query, "trace");
        var asOf = ExportQuery.Day(request.Query, "asOf");
        if (await UnknownIdsAsync(holder.Store, [fighter], cancellationToken) is { } unknown)
        {
            return unknown;
        }

        var trace = await TraceSubgraph.LoadAsync(holder.Store, RecruitmentModel.Instance, fighter, asOf, cancellationToken);
        if (trace is null)
        {
            return NothingToExport("No match", $"{fighter} is not a fighter visible{AsOfText(asOf)}.");
        }

        var cut = trace.Truncated ? new ExportCut("maxBranches", TraceSubgraph.MaxBranches) : null;
        var description = $"Trace of {fighter}{AsOfText(asOf)}";
        var graph = await InMemoryAsync(holder.Store, trace.Nodes, trace.Edges, description, cut, cancellationToken);
        return File(writer, graph, [fighter], asOf, clock, request.HttpContext);
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
                // One more than is kept, to know whether the limit cut the answer.
                Limit = options.MaxPaths + 1,
                AsOf = ExportQuery.Day(request.Query, "asOf"),
            };
            if (await UnknownIdsAsync(holder.Store, [query.FromId, query.ToId], cancellationToken) is { } unknown)
            {
                return unknown;
            }

            var paths = await holder.Store.FindPathsAsync(query, cancellationToken);
            if (paths.Count == 0)
            {
                return NothingToExport("No path", $"No path from {query.FromId} to {query.ToId} within {query.MaxHops} hop(s){AsOfText(query.AsOf)}.");
            }

            var kept = paths.Take(options.MaxPaths).ToList();
            var cut = paths.Count > options.MaxPaths ? new ExportCut("maxPaths", options.MaxPaths) : null;
            var description = $"Shortest paths from {query.FromId} to {query.ToId} (at most {query.MaxHops} hops){AsOfText(query.AsOf)}";
            var graph = await InMemoryAsync(holder.Store, [.. kept.SelectMany(p => p.Nodes).DistinctBy(n => n.Id)],
                [.. kept.SelectMany(p => p.Edges).DistinctBy(ExportColumns.EdgeId)], description, cut, cancellationToken);
            return File(writer, graph, [query.FromId, query.ToId], query.AsOf, clock, request.HttpContext);
        }
        catch (ExportRequestException e)
        {
            return BadRequest(e.Message);
        }
    }

    public static async Task<IResult> AllAsync(
        string format, HttpRequest request, GraphStoreHolder holder, ExportOptions options, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (ExportFormats.Find(format) is not { } writer)
        {
            return UnknownFormat(format);
        }

        try
        {
            var asOf = ExportQuery.Day(request.Query, "asOf");
            var count = await holder.Store.CountNodesAsync(cancellationToken);
            if (count > options.MaxAllNodes)
            {
                throw new ExportRequestException($"The graph holds {count} nodes; /export/{{format}}/all streams at most {options.MaxAllNodes} "
                    + $"({ExportOptions.Section}:{nameof(ExportOptions.MaxAllNodes)}). Export neighborhoods instead, or raise the option.");
            }

            var store = holder.Store;
            var stream = new WholeGraphExport(store, RecruitmentModel.Instance, new ExportEvidence(store), asOf, options.StreamPageSize);
            var graph = new ExportGraph($"The whole graph{AsOfText(asOf)}", null, stream.NodesAsync(), stream.EdgesAsync());
            return File(writer, graph, ["all"], asOf, clock, request.HttpContext);
        }
        catch (ExportRequestException e)
        {
            return BadRequest(e.Message);
        }
    }

    /// <summary>A neighborhood or a set of paths: bounded by the limits, so its sources are found in one batch per kind.</summary>
    private static async Task<ExportGraph> InMemoryAsync(IGraphStore store, IReadOnlyList<GraphNode> nodes, IEnumerable<GraphEdge> edges,
        string description, ExportCut? cut, CancellationToken cancellationToken)
    {
        var evidence = new ExportEvidence(store);
        var sorted = edges.OrderBy(e => e.FromId, StringComparer.Ordinal).ThenBy(e => e.Type, StringComparer.Ordinal)
            .ThenBy(e => e.ToId, StringComparer.Ordinal).ToList();
        var exportNodes = await evidence.NodesAsync(nodes, cancellationToken);
        var exportEdges = await evidence.EdgesAsync(sorted, cancellationToken);
        return new ExportGraph(description, cut, exportNodes.ToAsyncEnumerable(), exportEdges.ToAsyncEnumerable());
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
        if (columns.HasPersonal)
        {
            graph = ExportAudit.Audited(graph, http);
        }

        return new ExportFileResult(writer, graph, columns, ExportFileName.For(ids, day, writer.FileExtension));
    }

    private static string AsOfText(DateOnly? asOf) =>
        asOf is { } day ? " as of " + day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : string.Empty;

    private static IResult NothingToExport(string title, string detail) =>
        TypedResults.Problem(title: title, detail: detail, statusCode: StatusCodes.Status404NotFound);

    private static IResult UnknownFormat(string format) => TypedResults.Problem(
        title: "Unknown export format",
        detail: $"'{format}' is not an export format; use one of {string.Join(", ", ExportFormats.Names)}.",
        statusCode: StatusCodes.Status404NotFound,
        extensions: new Dictionary<string, object?> { ["formats"] = ExportFormats.Names });

    private static IResult BadRequest(string message) =>
        TypedResults.Problem(title: "Bad export request", detail: message, statusCode: StatusCodes.Status400BadRequest);
}
