using GraphServer.Store;

namespace GraphServer.Api.Exports;

/// <summary>Limits of the /export routes (section <c>GraphServer:Export</c>); the defaults protect a public server.</summary>
internal sealed class ExportOptions
{
    public const string Section = "GraphServer:Export";

    /// <summary>Deepest neighbourhood an export may ask for; never above what the store allows.</summary>
    public int MaxDepth { get; init; } = 3;

    public int DefaultLimit { get; init; } = 500;

    /// <summary>Most nodes in one file: Gephi and Cytoscape stay responsive well past this, browsers' Gephi Lite less so.</summary>
    public int MaxLimit { get; init; } = 5000;

    /// <summary>Most start ids in one request (they also name the file).</summary>
    public int MaxIds { get; init; } = 100;

    public int DefaultPathHops { get; init; } = 4;

    public int MaxPathHops { get; init; } = PathQuery.MaxHopsLimit;

    /// <summary>Most shortest paths merged into one path export; more found cut the file (<c>cutBy maxPaths=…</c>).</summary>
    public int MaxPaths { get; init; } = 100;

    /// <summary>
    /// Largest graph /export/{format}/all streams (nodes in the store, any day). The file is written as it is read, so
    /// memory is not the bound; the time a client holds a connection and a store session is.
    /// </summary>
    public int MaxAllNodes { get; init; } = 250_000;

    /// <summary>Nodes read from the store per call while streaming /export/{format}/all.</summary>
    public int StreamPageSize { get; init; } = 1000;
}
