using GraphServer.Api.Access;
using GraphServer.Api.Hosting;
using GraphServer.Store.Configuration;

var builder = WebApplication.CreateBuilder(args);
builder.AddGraphServer();
var app = builder.Build();
app.MapGraphServer();
try
{
    await app.RunAsync();
    return 0;
}
catch (Exception e) when (e is StoreConfigurationException or AccessConfigurationException)
{
    // A setting mistake is the user's to fix: one line that says what and how, no stack trace.
    await Console.Error.WriteLineAsync($"GraphServer cannot start: {e.Message}");
    return 2;
}

/// <summary>Visible to the end-to-end tests' WebApplicationFactory.</summary>
public partial class Program;
