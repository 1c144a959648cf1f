using GraphServer.Model;
using GraphServer.Seed.Import;
using GraphServer.Seed.Tests.Support;

namespace GraphServer.Seed.Tests.Import;

public sealed class CsvGraphFileReaderTests
{
    [Fact]
    public void Cells_become_values_of_the_kind_the_model_declares()
    {
        var records = Read("""
            record,label,id,salaryAmount,benefits,synthetic,sources,quotes,slogan
            node,Offer,offer:x,2500.5,passport| visa,true,source:a|source:b,|paid in roubles,"Work, abroad"
            """);

        var record = Assert.Single(records);
        var offer = record.Node!;
        Assert.Equal(2500.5, offer["salaryAmount"]);
        Assert.Equal(["passport", "visa"], (string[])offer["benefits"]!);
        Assert.Equal(true, offer["synthetic"]);
        Assert.Equal(
            [("CITES", "offer:x", "source:a", (string?)null), ("CITES", "offer:x", "source:b", "paid in roubles")],
            record.Citations.Select(c => (c.Type, c.FromId, c.ToId, (string?)c.Properties[CommonProperties.Quote])));
        Assert.Equal("Work, abroad", offer["slogan"]);
        Assert.False(offer.Properties.ContainsKey("record"));
        Assert.False(offer.Properties.ContainsKey("label"));
        Assert.False(offer.Properties.ContainsKey("sources"));
        Assert.False(offer.Properties.ContainsKey("quotes"));
    }

    [Fact]
    public void Text_that_does_not_parse_is_passed_on_for_the_validator_to_name()
    {
        var offer = Assert.Single(Read("record,label,id,salaryAmount\nnode,Offer,offer:x,lots\n")).Node!;

        Assert.Equal("lots", offer["salaryAmount"]);
    }

    [Fact]
    public void A_quoted_cell_over_two_lines_leaves_the_next_row_on_its_own_line()
    {
        var records = Read("record,label,id,summary\nnode,Event,event:a,\"first line\nsecond line\"\nnode,Event,event:b,short\n");

        Assert.Equal([2L, 4L], records.Select(r => r.Line));
        Assert.Equal("first line\nsecond line", records[0].Node!["summary"]);
    }

    [Fact]
    public void Rows_are_relationships_or_nodes_and_a_cell_of_the_other_kind_is_a_problem()
    {
        var records = Read("record,label,id,type,from,to,role\nrelationship,Fighter,,SERVED_IN,fighter:a,unit:a,sapper\nperson,,,,,,\n");

        var edge = records[0].Edge!;
        Assert.Equal(("SERVED_IN", "fighter:a", "unit:a", "sapper"), (edge.Type, edge.FromId, edge.ToId, edge.Properties["role"]));
        Assert.Equal(new FieldProblem("label", "has a value, but a relationship row does not use it"), Assert.Single(records[0].Problems));
        Assert.Equal(new FieldProblem("record", "'person' is neither node nor relationship"), Assert.Single(records[1].Problems));
        Assert.Equal(3, records[1].Line);
    }

    [Fact]
    public void A_header_without_the_record_column_is_reported_on_line_one()
    {
        var record = Assert.Single(Read("kind,label,id\nnode,Country,country:XA\n"));

        Assert.Equal((1L, new FieldProblem("record", "the header row has no record column (node or relationship)")), (record.Line, record.Problems[0]));
    }

    [Fact]
    public void A_stray_quote_is_reported_with_its_line()
    {
        var records = Read("record,label,id,name\nnode,Unit,unit:a,ok\nnode,Unit,unit:b,Sto\"rm\nnode,Unit,unit:c,ok\n");

        Assert.Equal("unit:a", records[0].Node!.Id);
        var broken = records.Single(r => r.Problems.Count > 0);
        Assert.Equal((3L, "csv"), (broken.Line, broken.Problems[0].Field));
    }

    private static List<ImportRecord> Read(string csv)
    {
        using var directory = new TempDirectory();
        return new CsvGraphFileReader(directory.File("graph.csv", csv), RecruitmentModel.Instance).Read().ToList();
    }
}
