using GraphServer.Api.Hosting;

namespace GraphServer.Api.Health;

/// <summary>
/// GET /health/ready: 200 when the store answers a trivial query within two seconds, 503 otherwise (a load balancer
/// probing every few seconds sees an outage within five). GET /health/live is 200 whenever the process serves HTTP.
/// </summary>
internal static class ReadinessEndpoint
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    public static async Task<IResult> CheckAsync(GraphStoreHolder holder, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        string store = "none";
        try
        {
            var graph = holder.Store;
            store = graph.Name;
            if (await graph.PingAsync(timeout.Token).ConfigureAwait(false))
            {
                return TypedResults.Ok(new { status = "ready", store });
            }
        }
#pragma warning disable CA1031 // Any failure to answer means not ready; the reason belongs in the store's own logs.
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
#pragma warning restore CA1031
        {
        }

        return TypedResults.Json(new { status = "unavailable", store }, statusCode: StatusCodes.Status503ServiceUnavailable);
    }
}
