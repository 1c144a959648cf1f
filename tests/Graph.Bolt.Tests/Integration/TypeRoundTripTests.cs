namespace GraphServer.Bolt.Tests.Integration;

/// <summary>Every Bolt value type against a real Neo4j: sent as a parameter, and created by Cypher itself.</summary>
public sealed class TypeRoundTripTests
{
    public static TheoryData<string, object, object> Parameters => new()
    {
        { "date", new LocalDate(2024, 2, 29), new LocalDate(2024, 2, 29) },
        { "far date", new LocalDate(-999_999_999, 1, 1), new LocalDate(-999_999_999, 1, 1) },
        { "local time", new LocalTime(23, 59, 59, 999_999_999), new LocalTime(23, 59, 59, 999_999_999) },
        { "offset time", new OffsetTime(3_600_000_000_000, -18_000), new OffsetTime(3_600_000_000_000, -18_000) },
        { "local date time", new LocalDateTime(-1, 5), new LocalDateTime(-1, 5) },
        { "date time with offset", new ZonedDateTime(1_700_000_000, 123, 3600), new ZonedDateTime(1_700_000_000, 123, 3600) },
        { "date time with zone", ZonedDateTime.InZone(1_700_000_000, 1, "Europe/Berlin"), ZonedDateTime.InZone(1_700_000_000, 1, "Europe/Berlin") },
        { "duration", new Duration(14, 3, 14_706, 700_000_000), new Duration(14, 3, 14_706, 700_000_000) },
        { "cartesian point", new Point(Point.Cartesian, 1.5, -2), new Point(Point.Cartesian, 1.5, -2) },
        { "wgs84 3D point", new Point(Point.Wgs84_3D, 13.4, 52.5, 34), new Point(Point.Wgs84_3D, 13.4, 52.5, 34) },
        { "DateOnly", new DateOnly(2025, 1, 2), new LocalDate(2025, 1, 2) },
        { "TimeOnly", new TimeOnly(1, 2, 3), new LocalTime(1, 2, 3) },
        { "unspecified DateTime", new DateTime(2025, 1, 2, 3, 4, 5), LocalDateTime.FromDateTime(new DateTime(2025, 1, 2, 3, 4, 5)) },
        {
            "DateTimeOffset", new DateTimeOffset(2025, 1, 2, 3, 4, 5, TimeSpan.FromHours(2)),
            ZonedDateTime.FromDateTimeOffset(new DateTimeOffset(2025, 1, 2, 3, 4, 5, TimeSpan.FromHours(2)))
        },
        { "TimeSpan", TimeSpan.FromMilliseconds(1500), new Duration(0, 0, 1, 500_000_000) },
        { "int", 7, 7L },
        { "float", 0.25f, 0.25 },
        { "min long", long.MinValue, long.MinValue },
        { "empty string", "", "" },
    };

    [SkippableTheory]
    [MemberData(nameof(Parameters))]
    public async Task Parameter_comes_back_unchanged(string name, object value, object expected)
    {
        await using var driver = Neo4jEnvironment.CreateDriver();
        var result = await driver.ExecuteQueryAsync("RETURN $x AS x", new Dictionary<string, object?> { ["x"] = value },
            new QueryConfig { AccessMode = AccessMode.Read });
        Assert.True(Equals(expected, result.Records[0]["x"]), $"{name}: expected {expected}, got {result.Records[0]["x"]}");
    }

    public static TheoryData<string, object> CypherValues => new()
    {
        { "date('2024-02-29')", new LocalDate(2024, 2, 29) },
        { "date('+999999999-12-31')", new LocalDate(999_999_999, 12, 31) },
        { "localtime('12:34:56.123456789')", new LocalTime(12, 34, 56, 123_456_789) },
        { "time('12:00:00+01:00')", new OffsetTime(12L * 3600 * 1_000_000_000, 3600) },
        { "localdatetime('1969-12-31T23:59:59.5')", new LocalDateTime(-1, 500_000_000) },
        { "datetime('2024-02-29T12:00:00+01:00')", new ZonedDateTime(1_709_204_400, 0, 3600) },
        { "datetime('2024-07-01T12:00:00[Europe/Berlin]')", ZonedDateTime.InZone(1_719_828_000, 0, "Europe/Berlin") },
        { "duration('P1Y2M3DT4H5M6.7S')", new Duration(14, 3, 14_706, 700_000_000) },
        { "duration({seconds: -1, nanoseconds: 1})", new Duration(0, 0, -1, 1) },
        { "point({x: 1, y: 2})", new Point(Point.Cartesian, 1, 2) },
        { "point({x: 1, y: 2, z: 3})", new Point(Point.Cartesian3D, 1, 2, 3) },
        { "point({longitude: 13.4, latitude: 52.5})", new Point(Point.Wgs84, 13.4, 52.5) },
        { "toInteger(2^40)", 1L << 40 },
        { "-129", -129L },
        { "1.0/3", 1.0 / 3 },
    };

    [SkippableTheory]
    [MemberData(nameof(CypherValues))]
    public async Task Value_created_by_Cypher_decodes_to_its_CSharp_type(string expression, object expected)
    {
        await using var driver = Neo4jEnvironment.CreateDriver();
        var result = await driver.ExecuteQueryAsync($"RETURN {expression} AS x, toString({expression}) AS text", null,
            new QueryConfig { AccessMode = AccessMode.Read });
        var actual = result.Records[0]["x"];
        Assert.True(Equals(expected, actual), $"{expression}: expected {expected}, got {actual}");
    }

    [SkippableFact]
    public async Task Temporal_ToString_matches_Cypher_toString()
    {
        await using var driver = Neo4jEnvironment.CreateDriver();
        var result = await driver.ExecuteQueryAsync("""
            UNWIND [date('+999999999-12-31'), date('-0044-03-15'), localtime('01:02:03.04'), time('12:00:00-05:30'),
                    localdatetime('2024-02-29T12:00:00.000000001'), datetime('2024-02-29T12:00:00+01:00'),
                    duration('P1Y2M3DT4H5M6.7S'), duration({seconds: -1, nanoseconds: 1}), duration('PT0S'), duration('P-14M'),
                    duration('PT-90M'), duration('P2DT3H')] AS v
            RETURN v, toString(v) AS text
            """, null, new QueryConfig { AccessMode = AccessMode.Read });
        foreach (var record in result.Records)
        {
            Assert.Equal(record.Get<string>("text"), record["v"]!.ToString());
        }
    }

    [SkippableFact]
    public async Task Nodes_relationships_and_paths_carry_element_ids_and_direction()
    {
        await using var driver = Neo4jEnvironment.CreateDriver();
        await using var session = driver.AsyncSession();
        await using var tx = await session.BeginTransactionAsync();
        var cursor = await tx.RunAsync("""
            CREATE (a:BoltTest:Person {name: 'a', tags: ['x', 'y']})-[r:KNOWS {since: date('2020-01-01')}]->(b:BoltTest {name: 'b'})
            WITH a, r, b
            MATCH p = (b)<-[:KNOWS]-(a)
            RETURN a, r, b, p, elementId(a) AS aid, elementId(r) AS rid
            """);
        var record = await cursor.SingleAsync();
        var a = record.Get<Node>("a");
        var r = record.Get<Relationship>("r");
        var b = record.Get<Node>("b");
        var p = record.Get<GraphPath>("p");
        Assert.Equal(record["aid"], a.ElementId);
        Assert.Equal(record["rid"], r.ElementId);
        Assert.Equal(["BoltTest", "Person"], a.Labels.Order());
        Assert.Equal(new List<object?> { "x", "y" }, a["tags"]);
        Assert.Equal(new LocalDate(2020, 1, 1), r["since"]);
        Assert.Equal(("KNOWS", a.ElementId, b.ElementId), (r.Type, r.StartNodeElementId, r.EndNodeElementId));
        Assert.Equal([b, a], p.Nodes);
        Assert.Equal(r, Assert.Single(p.Relationships));
        Assert.Equal((a.ElementId, b.ElementId), (p.Relationships[0].StartNodeElementId, p.Relationships[0].EndNodeElementId));
        await tx.RollbackAsync();
    }
}
