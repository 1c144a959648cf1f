namespace GraphServer.Api.Tests.EndToEnd;

/// <summary>Tests that share the one Neo4j database run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class Neo4jCollection
{
    public const string Name = "neo4j";
}
