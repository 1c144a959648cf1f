namespace GraphServer.Model;

/// <summary>One value of the closed vocabulary of <c>Claim.metric</c> (see <see cref="ClaimMetrics"/>).</summary>
public sealed record ClaimMetric(string Name, string Description);
