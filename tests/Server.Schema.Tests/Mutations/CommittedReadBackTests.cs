using System.Reflection;
using GraphServer.Schema.Mutations;
using GraphServer.Store;

namespace GraphServer.Schema.Tests.Mutations;

/// <summary>
/// After a committed write, reading back what it stored must not turn the write into an error: a store that cannot
/// answer (or a cancelled request) gives the payload as written; any other failure still surfaces.
/// </summary>
public sealed class CommittedReadBackTests
{
    private static readonly GraphNode Written = new("location:t-readback", "Location",
        new Dictionary<string, object?> { ["id"] = "location:t-readback", ["name"] = "as written", ["version"] = 3L });

    [Fact]
    public async Task A_store_that_answers_gives_what_it_stored()
    {
        var stored = Written with { Properties = new Dictionary<string, object?>(Written.Properties) { ["knownFrom"] = "2024-01-01" } };

        var nodes = await CommittedReadBack.NodesAsync(FailingReads.Create(() => Task.FromResult<IReadOnlyList<GraphNode>>([stored])),
            [Written.Id], () => [Written], CancellationToken.None);

        Assert.Equal("2024-01-01", Assert.Single(nodes)["knownFrom"]);
    }

    [Fact]
    public async Task An_unavailable_store_or_a_cancelled_read_gives_the_node_as_written_instead_of_an_error()
    {
        var unavailable = await CommittedReadBack.NodesAsync(
            FailingReads.Create(() => throw new StoreUnavailableException("down")), [Written.Id], () => [Written], CancellationToken.None);
        var cancelled = await CommittedReadBack.NodesAsync(
            FailingReads.Create(() => throw new OperationCanceledException()), [Written.Id], () => [Written], CancellationToken.None);

        Assert.Equal((3L, "as written"), ((long)Assert.Single(unavailable)["version"]!, (string)unavailable[0]["name"]!));
        Assert.Same(Written, Assert.Single(cancelled));
    }

    [Fact]
    public async Task A_bug_in_the_read_still_fails()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() => CommittedReadBack.NodesAsync(
            FailingReads.Create(() => throw new InvalidOperationException("bug")), [Written.Id], () => [Written], CancellationToken.None));
    }

    /// <summary>A store whose GetNodesAsync runs the given function; nothing else is called.</summary>
#pragma warning disable CA1852 // DispatchProxy needs a type it can derive from.
    private class FailingReads : DispatchProxy
#pragma warning restore CA1852
    {
        private Func<Task<IReadOnlyList<GraphNode>>> _read = null!;

        public static IGraphStore Create(Func<Task<IReadOnlyList<GraphNode>>> read)
        {
            var store = Create<IGraphStore, FailingReads>();
            ((FailingReads)(object)store)._read = read;
            return store;
        }

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) => targetMethod?.Name switch
        {
            nameof(IGraphStore.GetNodesAsync) => Call(),
            _ => throw new NotSupportedException(targetMethod?.Name),
        };

        private async Task<IReadOnlyList<GraphNode>> Call() => await _read();
    }
}
