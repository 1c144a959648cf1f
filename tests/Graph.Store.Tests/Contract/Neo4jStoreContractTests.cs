using GraphServer.Tests.Shared;

namespace GraphServer.Store.Tests.Contract;

public sealed class Neo4jStoreContractTests(Neo4jStoreFixture fixture) : GraphStoreContractTests, IClassFixture<Neo4jStoreFixture>
{
    protected override IGraphStore Store
    {
        get
        {
            Neo4jTestEnvironment.SkipIfUnavailable();
            return fixture.Store!;
        }
    }
}
