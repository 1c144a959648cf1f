using GraphServer.Model;
using GraphServer.Store.DurabilityWriter;
using GraphServer.Store.Embedded;

// Usage: GraphServer.Store.DurabilityWriter <data directory> <first batch number>
// Applies batches first, first+1, ... to the embedded store until killed, printing "ack N" once batch N's ApplyAsync has
// returned: a printed ack is a promise that the batch survives the process being killed at any instant after it.
var store = new EmbeddedStore(RecruitmentModel.Instance, args[0]);
await store.InitializeAsync();
Console.WriteLine("ready");
for (var n = int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture); ; n++)
{
    await store.ApplyAsync(DurabilityBatch.Build(n));
    Console.WriteLine($"ack {n}");
}
