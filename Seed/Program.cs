using System.CommandLine;
using GraphServer.Model;
using GraphServer.Seed.Loading;
using GraphServer.Store.Configuration;
using GraphServer.Store.Validation;

var load = new Command("load", "Load the cited seed into the store named by GRAPH_STORE (embedded by default).");
load.SetAction(async (_, cancellationToken) =>
{
    var settings = StoreSettings.From(Environment.GetEnvironmentVariable);
    try
    {
        await using var store = await StoreFactory.OpenAsync(settings, RecruitmentModel.Instance, cancellationToken);
        var count = await SeedData.LoadAsync(store, cancellationToken);
        Console.WriteLine($"Loaded the seed ({count} nodes) into {settings}.");
        return 0;
    }
    catch (StoreConfigurationException e)
    {
        await Console.Error.WriteLineAsync($"Cannot open the store: {e.Message}");
        return 2;
    }
    catch (ChangeSetValidationException e)
    {
        foreach (var problem in e.Problems)
        {
            await Console.Error.WriteLineAsync(problem.ToString());
        }

        return 1;
    }
});

var root = new RootCommand("GraphServer seed tools: load the cited seed into a store.") { load };
return await root.Parse(args).InvokeAsync();
