namespace GraphServer.Store.Planning;

/// <summary>
/// A plan's root as a full-text search (as <see cref="IGraphStore.SearchAsync"/>: best hit first, ties by id, at most
/// <see cref="SearchQuery.Take"/> hits); the plan's result carries each hit's score next to its node.
/// </summary>
public sealed record PlanSearch(SearchQuery Query);
