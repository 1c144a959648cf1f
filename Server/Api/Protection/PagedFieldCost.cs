namespace GraphServer.Api.Protection;

/// <summary>A field that takes first, what it and everything under it cost, and the page size it was costed at.</summary>
internal sealed record PagedFieldCost(string Path, double Cost, double PageSize, bool FirstGiven);
