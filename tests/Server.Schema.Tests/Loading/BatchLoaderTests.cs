using GraphServer.Schema.Loading;

namespace GraphServer.Schema.Tests.Loading;

public sealed class BatchLoaderTests
{
    private readonly List<string[]> _calls = [];

    [Fact]
    public async Task Keys_queued_before_the_first_result_is_asked_for_go_to_the_store_in_one_call()
    {
        var loader = Loader(Echo);
        var a = loader.Load("a");
        var b = loader.Load("b");
        var c = loader.Load("c");

        Assert.Empty(_calls);
        Assert.Equal("B", await b.GetResultAsync());
        Assert.Equal("A", await a.GetResultAsync());
        Assert.Equal("C", await c.GetResultAsync());
        Assert.Equal(["a", "b", "c"], Assert.Single(_calls));
    }

    [Fact]
    public async Task A_key_asked_for_again_is_answered_from_the_first_load()
    {
        var loader = Loader(Echo);
        var first = loader.Load("a");
        Assert.Same(first, loader.Load("a"));
        await first.GetResultAsync();

        var later = await loader.Load("a").GetResultAsync();

        Assert.Equal("A", later);
        Assert.Equal(["a"], Assert.Single(_calls));
    }

    [Fact]
    public async Task A_level_larger_than_the_batch_size_is_fetched_in_calls_of_at_most_that_size()
    {
        var loader = Loader(Echo, maxBatchSize: 2);
        var loads = new[] { "a", "b", "c", "d", "e" }.Select(loader.Load).ToList();

        foreach (var load in loads)
        {
            await load.GetResultAsync();
        }

        Assert.Equal([2, 2, 1], _calls.Select(c => c.Length));
    }

    [Fact]
    public async Task A_failure_for_one_key_fails_only_that_key()
    {
        var loader = Loader(keys =>
        {
            var results = Echo(keys);
            results.Fail("b", new InvalidOperationException("b is broken"));
            return results;
        });
        var a = loader.Load("a");
        var b = loader.Load("b");
        var c = loader.Load("c");

        Assert.Equal("A", await a.GetResultAsync());
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => b.GetResultAsync());
        Assert.Equal("b is broken", error.Message);
        Assert.Equal("C", await c.GetResultAsync());
    }

    [Fact]
    public async Task A_store_call_that_throws_fails_the_keys_of_that_call_and_no_others()
    {
        var loader = Loader(keys => keys.Contains("c") ? throw new TimeoutException("store down") : Echo(keys), maxBatchSize: 2);
        var loads = new[] { "a", "b", "c" }.Select(loader.Load).ToList();

        Assert.Equal("A", await loads[0].GetResultAsync());
        Assert.Equal("B", await loads[1].GetResultAsync());
        await Assert.ThrowsAsync<TimeoutException>(() => loads[2].GetResultAsync());
    }

    [Fact]
    public async Task A_key_the_store_does_not_answer_gets_the_missing_value()
    {
        var loader = Loader(_ => new BatchResults<string, string>());

        Assert.Equal("(none)", await loader.Load("a").GetResultAsync());
    }

    private BatchLoader<string, string> Loader(Func<IReadOnlyList<string>, BatchResults<string, string>> fetch, int maxBatchSize = 100) =>
        new((keys, _) =>
        {
            _calls.Add([.. keys]);
            return Task.FromResult(fetch(keys));
        }, "(none)", new DataLoaderOptions { MaxBatchSize = maxBatchSize });

    private static BatchResults<string, string> Echo(IReadOnlyList<string> keys)
    {
        var results = new BatchResults<string, string>();
        foreach (var key in keys)
        {
            results.Set(key, key.ToUpperInvariant());
        }

        return results;
    }
}
