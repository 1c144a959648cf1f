using System.Diagnostics;
using GraphServer.Api.Tests.EndToEnd;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Trace;

namespace GraphServer.Api.Tests.Observability;

/// <summary>A test server whose finished spans are kept in memory (a <see cref="SpanRecorder"/>).</summary>
internal static class TelemetryServer
{
    public static WebApplicationFactory<Program> WithSpans(GraphServerFactory factory, SpanRecorder spans) =>
        factory.WithWebHostBuilder(b => b.ConfigureServices(services =>
            services.ConfigureOpenTelemetryTracerProvider(tracing =>
                tracing.AddProcessor(new SimpleActivityExportProcessor(spans)))));

    /// <summary>Every tag value of a span, for checks that no searched-for value leaked into telemetry.</summary>
    public static IEnumerable<string> TagValues(Activity span) =>
        span.TagObjects.Select(t => t.Value?.ToString() ?? string.Empty)
            .Concat(span.Events.SelectMany(e => e.Tags.Select(t => t.Value?.ToString() ?? string.Empty)));
}
