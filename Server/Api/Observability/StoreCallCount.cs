namespace GraphServer.Api.Observability;

/// <summary>How many store calls the current request has made: set by the endpoint, counted by <see cref="TracedStore"/>.</summary>
internal sealed class StoreCallCount
{
    private static readonly AsyncLocal<StoreCallCount?> Current = new();
    private int _calls;

    public int Calls => Volatile.Read(ref _calls);

    /// <summary>Starts counting for the code that runs from here in this async flow.</summary>
    public static StoreCallCount Begin()
    {
        var count = new StoreCallCount();
        Current.Value = count;
        return count;
    }

    public static void Increment()
    {
        if (Current.Value is { } count)
        {
            Interlocked.Increment(ref count._calls);
        }
    }
}
