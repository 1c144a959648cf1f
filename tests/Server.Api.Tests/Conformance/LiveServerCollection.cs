using GraphServer.Api.Tests.Support;

namespace GraphServer.Api.Tests.Conformance;

/// <summary>
/// The node and browser tests share one running server on the seed, and one on the seed plus synthetic sources
/// (<see cref="SyntheticSourceServer"/>); both start once for the whole collection.
/// </summary>
[CollectionDefinition(Name)]
public sealed class LiveServerCollection : ICollectionFixture<LiveServer>, ICollectionFixture<SyntheticSourceServer>
{
    public const string Name = "live server";
}
