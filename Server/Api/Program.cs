using GraphServer.Api.Hosting;
using GraphServer.Api.Settings;

try
{
    var builder = WebApplication.CreateBuilder(args);
    builder.AddGraphServer();
    var app = builder.Build();
    app.MapGraphServer();
    await app.RunAsync();
    return 0;
}
catch (Exception e) when (StartupFailure.Explain(e) is { } line)
{
    // A setting mistake is the user's to fix: one line that says what and how, no stack trace.
    await Console.Error.WriteLineAsync($"GraphServer cannot start: {line}");
    return 2;
}

/// <summary>Visible to the end-to-end tests' WebApplicationFactory.</summary>
public partial class Program;
