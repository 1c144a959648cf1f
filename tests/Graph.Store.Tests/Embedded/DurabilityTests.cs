using System.Diagnostics;
using GraphServer.Model;
using GraphServer.Store.DurabilityWriter;
using GraphServer.Store.Embedded;

namespace GraphServer.Store.Tests.Embedded;

/// <summary>
/// An acknowledged write survives a killed process: a child process writes change sets and prints "ack N" after each
/// ApplyAsync returns; it is killed with SIGKILL mid-stream, the store is reopened, and every acknowledged change set
/// must be there in full and no change set may be there in part. Three rounds, each continuing the same database.
/// </summary>
public sealed class DurabilityTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "graphserver-durability-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Every_acknowledged_change_set_survives_SIGKILL_and_none_is_half_applied()
    {
        var next = 1;
        for (var round = 0; round < 3; round++)
        {
            var acked = await WriteUntilKilledAsync(next, killAfterAcks: 8 + (round * 5));
            Assert.True(acked >= next, $"round {round}: the writer acknowledged nothing");

            var store = new EmbeddedStore(RecruitmentModel.Instance, _directory);
            await store.InitializeAsync();
            try
            {
                // Batches up to the last ack must be whole; the one in flight may be whole or absent; none after it exists.
                var inFlight = await PresenceAsync(store, acked + 1);
                for (var n = 1; n <= acked; n++)
                {
                    Assert.Equal(Presence.Whole, await PresenceAsync(store, n));
                }

                Assert.NotEqual(Presence.Partial, inFlight);
                Assert.Equal(Presence.Absent, await PresenceAsync(store, acked + 2));
                next = inFlight == Presence.Whole ? acked + 2 : acked + 1;
            }
            finally
            {
                await store.DisposeAsync();
            }
        }
    }

    private enum Presence
    {
        Absent,
        Partial,
        Whole,
    }

    private static async Task<Presence> PresenceAsync(EmbeddedStore store, int n)
    {
        var ids = DurabilityBatch.NodeIds(n);
        var nodes = await store.GetNodesAsync(ids);
        var edges = await store.GetNeighboursAsync(new NeighbourQuery([DurabilityBatch.UnitId(n)], "DEPLOYED_TO", EdgeDirection.Outgoing));
        var total = nodes.Count + edges.Count;
        return total == 0 ? Presence.Absent : total == ids.Count + DurabilityBatch.Locations ? Presence.Whole : Presence.Partial;
    }

    /// <summary>Runs the writer from batch <paramref name="first"/>, kills it after some acks, and returns the last batch it acknowledged.</summary>
    private async Task<int> WriteUntilKilledAsync(int first, int killAfterAcks)
    {
        var writer = Path.Combine(AppContext.BaseDirectory, "GraphServer.Store.DurabilityWriter.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(writer);
        start.ArgumentList.Add(_directory);
        start.ArgumentList.Add(first.ToString(System.Globalization.CultureInfo.InvariantCulture));
        using var process = Process.Start(start)!;
        try
        {
            return await ReadAcksAndKillAsync(process, first, killAfterAcks);
        }
        finally
        {
            // Never leave a writer behind when an assertion fails half-way.
            if (!process.HasExited)
            {
                process.Kill();
            }
        }
    }

    private static async Task<int> ReadAcksAndKillAsync(Process process, int first, int killAfterAcks)
    {
        var lastAck = first - 1;
        var acks = 0;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        while (acks < killAfterAcks && await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("ack ", StringComparison.Ordinal))
            {
                lastAck = int.Parse(line[4..], System.Globalization.CultureInfo.InvariantCulture);
                acks++;
            }
        }

        if (process.HasExited)
        {
            Assert.Fail("The writer stopped by itself: " + await process.StandardError.ReadToEndAsync(timeout.Token));
        }

        process.Kill(); // SIGKILL on Unix: no finalisers, no flush, no clean close of SQLite.
        await process.WaitForExitAsync(timeout.Token);

        // Lines the writer printed before it died were acknowledgements too, even if not read yet.
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("ack ", StringComparison.Ordinal))
            {
                lastAck = int.Parse(line[4..], System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return lastAck;
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
