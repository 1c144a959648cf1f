using GraphServer.Bolt.Telemetry;
using GraphServer.Store.Embedded;
using Microsoft.Extensions.Logging.Console;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace GraphServer.Api.Observability;

/// <summary>
/// OpenTelemetry for the server: traces (ASP.NET Core request, GraphQL execution, store calls, Bolt and SQL statements) and
/// metrics (those plus our histograms and the Bolt pool), scraped by Prometheus at /metrics. Log lines carry the
/// trace and span ids as scopes, so a traceId from an error's extensions finds its log lines.
/// </summary>
internal static class TelemetryHostingExtensions
{
    public const string MetricsPath = "/metrics";

    public static WebApplicationBuilder AddGraphServerTelemetry(this WebApplicationBuilder builder)
    {
        builder.Logging.Configure(o => o.ActivityTrackingOptions = ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId);
        builder.Services.Configure<SimpleConsoleFormatterOptions>(o => o.IncludeScopes = true);
        builder.Services.Configure<JsonConsoleFormatterOptions>(o => o.IncludeScopes = true);

        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("graphserver"))
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(o => o.Filter = context => !IsPlumbing(context.Request.Path))
                .AddSource(ApiTelemetry.Name, BoltTelemetry.Name, SqliteTelemetry.Name))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                // System.Runtime: .NET's own GC, thread pool and memory series, so a memory rise can be told apart as
                // managed heap (ours) or native (SQLite page caches, sockets).
                .AddMeter(ApiTelemetry.Name, BoltTelemetry.Name, "System.Runtime")
                .AddPrometheusExporter());
        return builder;
    }

    public static WebApplication MapGraphServerTelemetry(this WebApplication app)
    {
        app.MapPrometheusScrapingEndpoint(MetricsPath);
        return app;
    }

    /// <summary>Scrapes and health probes arrive every few seconds; tracing them would drown the requests that matter.</summary>
    private static bool IsPlumbing(PathString path) =>
        path.StartsWithSegments(MetricsPath, StringComparison.Ordinal) || path.StartsWithSegments("/health", StringComparison.Ordinal);
}
