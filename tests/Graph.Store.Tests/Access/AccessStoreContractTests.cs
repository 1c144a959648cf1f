using GraphServer.Store.Access;

namespace GraphServer.Store.Tests.Access;

/// <summary>
/// The audit log and API keys, the same assertions on both stores: the chain verifies, a changed or removed entry is
/// named, 32 concurrent writers lose and repeat nothing, keys are stored hashed and stop working when revoked.
/// </summary>
public abstract class AccessStoreContractTests : IAsyncLifetime
{
    protected abstract Task<IAccessStore> OpenEmptyAsync();

    /// <summary>Changes one stored field of an entry behind the log's back, as someone with the file or database could.</summary>
    protected abstract Task EditActorAsync(long sequence, string actor);

    protected abstract Task DeleteEntryAsync(long sequence);

    /// <summary>Everything the store keeps about keys, as text, to look for the secret in.</summary>
    protected abstract Task<string> RawKeyRowsAsync();

    private IAccessStore? _log;

    protected IAccessStore Log
    {
        get
        {
            BeforeUse();
            return _log!;
        }
    }

    public virtual async Task InitializeAsync() => _log = await OpenEmptyAsync();

    /// <summary>Where a store that may be missing (Neo4j) reports the test skipped, or failed under REQUIRE_NEO4J.</summary>
    protected virtual void BeforeUse()
    {
    }

    public virtual Task DisposeAsync() => Task.CompletedTask;

    [SkippableFact]
    public async Task Entries_are_chained_in_order_and_read_back_as_written()
    {
        var first = await Log.AppendAsync(Record("alice", "read-personal", ["fighter:1"]));
        var second = await Log.AppendAsync(Record("bob", "import", []));

        var entries = await Log.ReadAsync(0, 10);

        Assert.Equal([1L, 2L], entries.Select(e => e.Sequence));
        Assert.Equal(AuditChain.Genesis, entries[0].PreviousHash);
        Assert.Equal(first.Hash, entries[1].PreviousHash);
        Assert.Equal(second.Hash, entries[1].Hash);
        Assert.Equal("alice", entries[0].Record.Actor);
        Assert.Equal(["fighter:1"], entries[0].Record.TouchedIds);
        Assert.Equal("""{"id":"x"}""", entries[0].Record.Variables);
        Assert.Equal([2L], (await Log.ReadAsync(1, 10)).Select(e => e.Sequence));
        Assert.Equal(new AuditVerification(true, 2, null, null), await Log.VerifyAsync());
    }

    [SkippableFact]
    public async Task An_empty_log_verifies()
    {
        Assert.Equal(new AuditVerification(true, 0, null, null), await Log.VerifyAsync());
    }

    [SkippableFact]
    public async Task Editing_one_entry_makes_verify_fail_and_name_it()
    {
        for (var i = 0; i < 5; i++)
        {
            await Log.AppendAsync(Record($"user{i}", "read-personal", [$"fighter:{i}"]));
        }

        await EditActorAsync(3, "someone-else");

        var outcome = await Log.VerifyAsync();
        Assert.False(outcome.Intact);
        Assert.Equal(3, outcome.FirstBroken);
        Assert.Equal("entry 3 was changed (its content no longer matches its hash)", outcome.Problem);
    }

    [SkippableFact]
    public async Task Deleting_one_entry_makes_verify_fail_and_name_it()
    {
        for (var i = 0; i < 5; i++)
        {
            await Log.AppendAsync(Record($"user{i}", "import", []));
        }

        await DeleteEntryAsync(2);

        var outcome = await Log.VerifyAsync();
        Assert.False(outcome.Intact);
        Assert.Equal(2, outcome.FirstBroken);
        Assert.Equal("entry 2 is missing", outcome.Problem);
    }

    [SkippableFact]
    public async Task Deleting_the_newest_entry_is_seen_through_the_head()
    {
        for (var i = 0; i < 3; i++)
        {
            await Log.AppendAsync(Record($"user{i}", "import", []));
        }

        await DeleteEntryAsync(3);

        var outcome = await Log.VerifyAsync();
        Assert.False(outcome.Intact);
        Assert.Equal(3, outcome.FirstBroken);
    }

    [SkippableFact]
    public async Task Thirty_two_concurrent_writers_lose_and_repeat_nothing_and_keep_the_chain()
    {
        const int Writers = 32;
        const int EachWrites = 5;
        await Task.WhenAll(Enumerable.Range(0, Writers).Select(w => Task.Run(async () =>
        {
            for (var i = 0; i < EachWrites; i++)
            {
                await Log.AppendAsync(Record($"writer{w}", "write", [$"node:{w}:{i}"]));
            }
        })));

        var entries = await Log.ReadAsync(0, 10_000);

        Assert.Equal(Enumerable.Range(1, Writers * EachWrites).Select(i => (long)i), entries.Select(e => e.Sequence));
        var written = entries.Select(e => e.Record.TouchedIds.Single()).ToList();
        Assert.Equal(Writers * EachWrites, written.Distinct().Count());
        Assert.Equal(new AuditVerification(true, Writers * EachWrites, null, null), await Log.VerifyAsync());
    }

    [SkippableFact]
    public async Task A_key_is_found_by_its_secret_stored_only_as_a_hash_and_stops_when_revoked()
    {
        var created = await Log.CreateAsync("nightly-export", AccessRole.Viewer);

        var found = await Log.FindActiveAsync(created.Secret);
        Assert.Equal(created.Key.Id, found?.Id);
        Assert.Equal(AccessRole.Viewer, found?.Role);
        Assert.Null(await Log.FindActiveAsync(created.Secret + "x"));
        var raw = await RawKeyRowsAsync();
        Assert.DoesNotContain(created.Secret, raw, StringComparison.Ordinal);
        Assert.Contains(ApiKeySecret.Hash(created.Secret), raw, StringComparison.Ordinal);

        Assert.True(await Log.RevokeAsync(created.Key.Id));
        Assert.False(await Log.RevokeAsync(created.Key.Id));
        Assert.Null(await Log.FindActiveAsync(created.Secret));
        var listed = Assert.Single(await Log.ListAsync());
        Assert.Equal(("nightly-export", false), (listed.Name, listed.IsActive));
    }

    private static AuditRecord Record(string actor, string kind, IReadOnlyList<string> ids) =>
        new(actor, "analyst", kind, "Probe", new string('a', 64), """{"id":"x"}""", ids);
}
