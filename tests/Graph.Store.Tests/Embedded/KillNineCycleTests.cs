using System.Diagnostics;
using GraphServer.Model;
using GraphServer.Store.DurabilityWriter;
using GraphServer.Store.Embedded;
using Microsoft.Data.Sqlite;

namespace GraphServer.Store.Tests.Embedded;

/// <summary>
/// Twenty cycles of SIGKILL under a write load, each at a different moment (after 1 to 3 acknowledgements plus 0 to
/// 40 ms, so the kill lands anywhere in a transaction or a checkpoint). After every restart SQLite's integrity check
/// passes, every acknowledged change set is whole and none is partial; the test counts them.
/// </summary>
public sealed class KillNineCycleTests : IDisposable
{
    private const int Cycles = 20;
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "graphserver-kill9-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Twenty_kills_during_writes_leave_an_intact_database_with_every_acknowledged_change_whole()
    {
        var random = new Random(12);
        var next = 1;
        var acknowledged = 0;
        var inFlightLanded = 0;
        for (var cycle = 0; cycle < Cycles; cycle++)
        {
            var acked = await WriteUntilKilledAsync(next, random.Next(1, 4), TimeSpan.FromMilliseconds(random.Next(0, 40)));
            acknowledged += acked - next + 1;

            Assert.Equal("ok", await IntegrityCheckAsync());
            var store = new EmbeddedStore(RecruitmentModel.Instance, _directory);
            await store.InitializeAsync();
            try
            {
                for (var n = 1; n <= acked; n++)
                {
                    Assert.True(await PresenceAsync(store, n) == Presence.Whole, $"cycle {cycle}: acknowledged batch {n} is not whole");
                }

                var inFlight = await PresenceAsync(store, acked + 1);
                Assert.NotEqual(Presence.Partial, inFlight);
                Assert.Equal(Presence.Absent, await PresenceAsync(store, acked + 2));
                inFlightLanded += inFlight == Presence.Whole ? 1 : 0;
                next = inFlight == Presence.Whole ? acked + 2 : acked + 1;
            }
            finally
            {
                await store.DisposeAsync();
                SqliteConnection.ClearAllPools();
            }
        }

        // Every cycle acknowledged at least one batch, so the count proves the kills landed during a live write load.
        Assert.True(acknowledged >= Cycles, $"{acknowledged} batches acknowledged in {Cycles} cycles");
        Assert.Equal(next - 1, acknowledged + inFlightLanded);
    }

    private enum Presence
    {
        Absent,
        Partial,
        Whole,
    }

    private async Task<string> IntegrityCheckAsync()
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(_directory, "graph.db"),
            Pooling = false,
        }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        return (string)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<Presence> PresenceAsync(EmbeddedStore store, int n)
    {
        var ids = DurabilityBatch.NodeIds(n);
        var nodes = await store.GetNodesAsync(ids);
        var edges = await store.GetNeighboursAsync(new NeighbourQuery([DurabilityBatch.UnitId(n)], "DEPLOYED_TO", EdgeDirection.Outgoing));
        var total = nodes.Count + edges.Count;
        return total == 0 ? Presence.Absent : total == ids.Count + DurabilityBatch.Locations ? Presence.Whole : Presence.Partial;
    }

    /// <summary>Runs the writer from batch <paramref name="first"/>, SIGKILLs it a little after some acks, returns the last batch acknowledged.</summary>
    private async Task<int> WriteUntilKilledAsync(int first, int killAfterAcks, TimeSpan extra)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "GraphServer.Store.DurabilityWriter.dll"));
        start.ArgumentList.Add(_directory);
        start.ArgumentList.Add(first.ToString(System.Globalization.CultureInfo.InvariantCulture));
        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        var lastAck = first - 1;
        try
        {
            var acks = 0;
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

            await Task.Delay(extra, timeout.Token);
            process.Kill(); // SIGKILL on Unix: no finalisers, no flush, no clean close of SQLite.
            await process.WaitForExitAsync(timeout.Token);
            while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            {
                if (line.StartsWith("ack ", StringComparison.Ordinal))
                {
                    lastAck = int.Parse(line[4..], System.Globalization.CultureInfo.InvariantCulture);
                }
            }

            return lastAck;
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill();
            }
        }
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
