using GraphServer.Store;

namespace GraphServer.Schema.Investigation.Claims;

/// <summary>The claims of one metric about one subject (or about none), side by side, and what they add up to.</summary>
internal sealed record ClaimComparison(
    string Metric,
    GraphNode? Subject,
    IReadOnlyList<ComparedClaim> Claims,
    ComparedClaim? Min,
    ComparedClaim? Max,
    ComparedClaim? Latest,
    bool Disagree);
