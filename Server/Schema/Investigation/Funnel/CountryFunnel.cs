using GraphServer.Store;

namespace GraphServer.Schema.Investigation.Funnel;

/// <summary>A country's funnel: the country node and its stages in order.</summary>
internal sealed record CountryFunnel(GraphNode Country, IReadOnlyList<FunnelStage> Stages);
