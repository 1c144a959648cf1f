using System.Text;
using GraphServer.Seed.Import;
using GraphServer.Seed.Tests.Support;

namespace GraphServer.Seed.Tests.Import;

public sealed class JsonRecordCursorTests
{
    [Fact]
    public void Each_record_has_the_line_of_its_opening_brace()
    {
        var records = Read("""
            // investigators may comment their files
            { "nodes": [
              { "label": "Country",
                "id": "country:XA" },
              {"label": "Country", "id": "country:XB"}, {"label": "Country", "id": "country:XC"}
            ], "notes": {"skipped": [1, 2, {"deep": true}]},
            "relationships": [

              {"type": "CITIZEN_OF", "from": "fighter:x", "to": "country:XA"}
            ] }
            """);

        Assert.Equal([(3L, "country:XA"), (5, "country:XB"), (5, "country:XC"), (9, "fighter:x")],
            records.Select(r => (r.Line, r.Node?.Id ?? r.Edge!.FromId)));
        Assert.Equal("Country", records[0].Node!.Label);
        Assert.Equal("country:XA", records[3].Edge!.ToId);
    }

    [Fact]
    public void Lines_stay_right_in_a_file_many_times_larger_than_the_read_buffer()
    {
        var text = new StringBuilder("{\n\"nodes\": [\n");
        for (var i = 0; i < 5_000; i++)
        {
            text.Append("  {\n    \"label\": \"Country\",\n    \"id\": \"country:").Append(i).Append("\", \"name\": \"").Append('x', i % 40).Append("\"\n  },\n");
        }

        text.Append("  {\"label\": \"Country\", \"id\": \"last\"}\n]}\n");
        Assert.True(text.Length > 4 * 64 * 1024);

        var records = Read(text.ToString());

        Assert.Equal(5_001, records.Count);
        Assert.Equal(3 + 4 * 4_999, records[4_999].Line);
        Assert.Equal(3 + 4 * 5_000, records[^1].Line);
        Assert.Equal("last", records[^1].Node!.Id);
    }

    [Fact]
    public void Malformed_json_stops_the_file_with_the_line_of_the_mistake()
    {
        var records = Read("{\"nodes\": [\n  {\"label\": \"Country\", \"id\": \"country:XA\"},\n  {\"label\": \"Country\" \"id\": \"country:XB\"}\n]}");

        Assert.Equal(2, records.Count);
        Assert.Equal("country:XA", records[0].Node!.Id);
        Assert.Equal(3, records[1].Line);
        Assert.Equal("json", Assert.Single(records[1].Problems).Field);
    }

    [Fact]
    public void An_item_that_is_not_an_object_is_reported_and_reading_goes_on()
    {
        var records = Read("{\"nodes\": [\n  \"country:XA\",\n  {\"label\": \"Country\", \"id\": \"country:XB\"}\n]}");

        Assert.Equal(new FieldProblem("json", "each item of \"nodes\" must be an object"), Assert.Single(records[0].Problems));
        Assert.Equal(2, records[0].Line);
        Assert.Equal("country:XB", records[1].Node!.Id);
    }

    [Fact]
    public void A_byte_order_mark_is_skipped()
    {
        var records = Read("\uFEFF{\"nodes\": [{\"label\": \"Country\", \"id\": \"country:XA\"}]}");

        Assert.Equal("country:XA", Assert.Single(records).Node!.Id);
    }

    private static List<ImportRecord> Read(string json)
    {
        using var directory = new TempDirectory();
        var path = Path.Combine(directory.Path, "graph.json");
        File.WriteAllText(path, json, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return new JsonGraphFileReader(path).Read().ToList();
    }
}
