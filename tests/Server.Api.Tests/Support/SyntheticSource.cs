namespace GraphServer.Api.Tests.Support;

/// <summary>A synthetic Source a test writes: its id, title and url, chosen to be awkward.</summary>
public sealed record SyntheticSource(string Id, string Title, string Url);
