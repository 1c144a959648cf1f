using GraphServer.Schema.Investigation.Claims;

namespace GraphServer.Schema.Investigation.Funnel;

/// <summary>One stage of a funnel: the count from individual records and the claims that report the same stage.</summary>
internal sealed record FunnelStage(string Stage, long Counted, IReadOnlyList<ComparedClaim> Reported);
