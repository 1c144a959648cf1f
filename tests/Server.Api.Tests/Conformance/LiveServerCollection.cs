using GraphServer.Api.Tests.Support;

namespace GraphServer.Api.Tests.Conformance;

/// <summary>The node and browser tests share one running server.</summary>
[CollectionDefinition(Name)]
public sealed class LiveServerCollection : ICollectionFixture<LiveServer>
{
    public const string Name = "live server";
}
