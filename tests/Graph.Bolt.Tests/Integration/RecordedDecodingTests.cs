using System.Buffers.Binary;
using GraphServer.Bolt.PackStream;

namespace GraphServer.Bolt.Tests.Integration;

/// <summary>
/// Real Neo4j messages, recorded on the wire, decoded by the plain PackStream reader (no string cache, the path before
/// the cache) and by the driver: both give the same values, field by field.
/// </summary>
public sealed class RecordedDecodingTests
{
    [SkippableFact]
    public async Task Real_records_decode_the_same_with_the_shared_string_cache_as_without_it()
    {
        var target = Neo4jEnvironment.RequireUri();
        await using var proxy = new RecordingProxy(target);
        var driverRecords = new List<BoltRecord>();
        await using (var driver = BoltDriver.Create(proxy.Uri, Neo4jEnvironment.Auth()))
        {
            await using var session = driver.AsyncSession();
            await using var tx = await session.BeginTransactionAsync();
            // Twice, so the second result's strings come from the cache.
            for (var round = 0; round < 2; round++)
            {
                var cursor = await tx.RunAsync("""
                    CREATE (a:BoltTest:Person {name: 'Ренат 🙂', id: 'fighter-' + toString($round), tags: ['x', 'Kraków'],
                            long: $long, year: 2024, small: -3, ratio: 0.25})-[r:RECRUITED {role: 'driver', quotes: [$long]}]->(b:BoltTest {name: 'b'})
                    WITH a, r, b
                    MATCH p = (a)-[:RECRUITED]->(b)
                    RETURN a, r, b, p, [a, [r, b, {k: [1, 2, 1024, -129]}]] AS nested, $long AS long, range(0, 300) AS many
                    """, new Dictionary<string, object?> { ["round"] = round, ["long"] = string.Concat(Enumerable.Repeat("quote ", 40)) });
                driverRecords.AddRange(await cursor.ToListAsync());
            }

            await tx.RollbackAsync();
        }

        var records = proxy.ServerBytes().SelectMany(Messages)
            .Select(message => (Plain: Fields(message, null), Cached: Fields(message, new StringCache(16))))
            .Where(m => m.Plain.Tag == 0x71)
            .ToList();
        Assert.Equal(2, records.Count);
        Assert.Equal(2, driverRecords.Count);
        for (var i = 0; i < records.Count; i++)
        {
            DecodedValues.AssertSame(records[i].Plain.Fields, records[i].Cached.Fields, $"record {i}");
            DecodedValues.AssertSame(records[i].Plain.Fields[0], driverRecords[i].Values.ToList(), $"driver record {i}");
        }

        var a = driverRecords[1].Get<Node>("a");
        Assert.Equal(("Ренат 🙂", "fighter-1", 2024L, -3L, 0.25), (a["name"], a["id"], a["year"], a["small"], a["ratio"]));
        Assert.Equal(301, ((List<object?>)driverRecords[1]["many"]!).Count);
    }

    /// <summary>The tag and fields of one message, read with or without a string cache.</summary>
    private static (byte Tag, List<object?> Fields) Fields(byte[] message, StringCache? cache)
    {
        var reader = new PackStreamReader(message, cache);
        var (tag, count) = reader.ReadStructHeader();
        var fields = new List<object?>();
        for (var i = 0; i < count; i++)
        {
            fields.Add(reader.ReadValue());
        }

        Assert.True(reader.AtEnd);
        return (tag, fields);
    }

    /// <summary>The server's messages on one connection: after the 4-byte version reply, chunks up to an empty one.</summary>
    private static IEnumerable<byte[]> Messages(byte[] stream)
    {
        var position = 4;
        var message = new List<byte>();
        while (position + 2 <= stream.Length)
        {
            var size = BinaryPrimitives.ReadUInt16BigEndian(stream.AsSpan(position, 2));
            position += 2;
            if (size == 0)
            {
                if (message.Count > 0)
                {
                    yield return [.. message];
                    message.Clear();
                }

                continue;
            }

            message.AddRange(stream.AsSpan(position, size).ToArray());
            position += size;
        }
    }
}
