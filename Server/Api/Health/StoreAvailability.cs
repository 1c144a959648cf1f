namespace GraphServer.Api.Health;

/// <summary>
/// Whether the store answered its last ping. While it does not, reads fail at once with STORE_UNAVAILABLE instead of
/// each waiting out the driver's retries: investigators see the outage in a second, and the server is not buried in
/// waiting requests when the store comes back. Writes still go through and retry (they may outlive a restart).
/// </summary>
internal sealed class StoreAvailability
{
    private volatile bool _down;

    public bool IsDown => _down;

    /// <summary>Returns whether this changed the state (for logging the transition once).</summary>
    public bool MarkDown()
    {
        var changed = !_down;
        _down = true;
        return changed;
    }

    public bool MarkUp()
    {
        var changed = _down;
        _down = false;
        return changed;
    }
}
