using GraphQLParser.AST;
using GraphServer.Api.Documents;

namespace GraphServer.Api.Tests.Documents;

public sealed class DocumentCacheTests
{
    [Fact]
    public void Past_its_capacity_the_cache_lets_the_oldest_document_go()
    {
        var cache = new DocumentCache(capacity: 2);

        cache.Add("a", new GraphQLDocument([]));
        cache.Add("b", new GraphQLDocument([]));
        cache.Add("c", new GraphQLDocument([]));

        Assert.Equal(2, cache.Count);
        Assert.False(cache.TryGet("a", out _));
        Assert.True(cache.TryGet("b", out _));
        Assert.True(cache.TryGet("c", out _));
    }

    [Fact]
    public void A_document_added_with_its_text_is_found_by_that_text_until_it_is_let_go()
    {
        var cache = new DocumentCache(capacity: 1);
        var first = new GraphQLDocument([]);

        cache.Add("hash-a", first, "{ a }");
        cache.Add("hash-n", new GraphQLDocument([]));

        Assert.False(cache.TryGetByText("{ a }", out _, out _));
        cache.Add("hash-b", first, "{ b }");
        Assert.True(cache.TryGetByText("{ b }", out var hash, out var found));
        Assert.Equal("hash-b", hash);
        Assert.Same(first, found);
        Assert.False(cache.TryGetByText("{ b } ", out _, out _));
    }

    [Fact]
    public void The_hash_is_the_lower_case_hex_sha256_apollo_clients_send()
    {
        // printf '{ __typename }' | sha256sum
        Assert.Equal("7f56e67dd21ab3f30d1ff8b7bed08893f0a0db86449836189b361dd1e56ddb4b", DocumentHash.Of("{ __typename }"));
    }

    [Fact]
    public void Tokens_are_counted_up_to_one_past_the_limit()
    {
        Assert.Equal(3, DocumentLimits.CountTokens("{ __typename }", 10));
        Assert.Equal(6, DocumentLimits.CountTokens("{ a b c d e f g h }", 5));
    }
}
