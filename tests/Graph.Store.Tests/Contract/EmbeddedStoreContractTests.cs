namespace GraphServer.Store.Tests.Contract;

public sealed class EmbeddedStoreContractTests(EmbeddedStoreFixture fixture) : GraphStoreContractTests, IClassFixture<EmbeddedStoreFixture>
{
    protected override IGraphStore Store => fixture.Store;
}
