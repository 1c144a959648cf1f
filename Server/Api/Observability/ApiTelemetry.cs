using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace GraphServer.Api.Observability;

/// <summary>
/// The server's own spans and instruments (beside ASP.NET Core's and the Bolt client's): a span per GraphQL
/// execution and per store call, the latency of each operation by name, and how many store calls a request made.
/// </summary>
internal static class ApiTelemetry
{
    public const string Name = "GraphServer.Api";

    public static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);

    private static readonly Histogram<double> OperationDuration = Meter.CreateHistogram<double>(
        "graphserver.graphql.operation.duration", "s", "Time from receiving a GraphQL request to its result, by operation",
        tags: null,
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30] });

    private static readonly Histogram<long> StoreCallsPerRequest = Meter.CreateHistogram<long>(
        "graphserver.graphql.store_calls", "{call}", "Store calls one GraphQL request made (DataLoader batches make it small)",
        tags: null,
        advice: new InstrumentAdvice<long> { HistogramBucketBoundaries = [0, 1, 2, 3, 5, 10, 20, 50, 100] });

    private static readonly Counter<long> StoreCalls = Meter.CreateCounter<long>(
        "graphserver.store.calls", "{call}", "Store calls by method and outcome");

    public static void RecordOperation(string operation, string type, bool executed, TimeSpan elapsed, int storeCalls)
    {
        var tags = new TagList
        {
            { "graphql.operation.name", operation },
            { "graphql.operation.type", type },
            { "graphql.executed", executed },
        };
        OperationDuration.Record(elapsed.TotalSeconds, tags);
        StoreCallsPerRequest.Record(storeCalls, tags);
    }

    public static void RecordStoreCall(string store, string method, bool failed) =>
        StoreCalls.Add(1, new TagList { { "db.system.name", store }, { "graphserver.store.method", method }, { "error", failed } });
}
