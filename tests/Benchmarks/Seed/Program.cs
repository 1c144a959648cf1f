using GraphServer.Benchmarks.Seed;
using GraphServer.Model;
using GraphServer.Store.Configuration;

// Usage (against a store that `generate --nodes N --seed S` has filled, same settings as the CLI):
//   dotnet run -c Release --project tests/Benchmarks/Seed -- N S [Label] [batchSize] [batches]
var nodes = long.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture);
var seed = long.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture);
var label = args.Length > 2 ? args[2] : "Fighter";
var batchSize = args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 5_000;
var batches = args.Length > 4 ? int.Parse(args[4], System.Globalization.CultureInfo.InvariantCulture) : 10;
await using var store = await StoreFactory.OpenAsync(StoreSettings.From(Environment.GetEnvironmentVariable), RecruitmentModel.Instance);
await EndpointLookupBenchmark.RunAsync(store, nodes, seed, label, batchSize, batches);
