namespace GraphServer.Bolt.Pool;

internal sealed record PoolOptions(
    int MaxSize,
    TimeSpan AcquisitionTimeout,
    TimeSpan MaxLifetime,
    TimeSpan? LivenessCheckTimeout)
{
    public static PoolOptions From(BoltDriverOptions options) =>
        new(options.MaxPoolSize, options.AcquisitionTimeout, options.MaxConnectionLifetime, options.ConnectionLivenessCheckTimeout);
}
