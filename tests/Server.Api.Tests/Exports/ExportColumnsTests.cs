using GraphServer.Api.Exports;
using GraphServer.Model;
using GraphServer.Store;

namespace GraphServer.Api.Tests.Exports;

/// <summary>The attribute declarations and display names come from the model, and personal properties are never declared.</summary>
public sealed class ExportColumnsTests
{
    private static readonly ExportColumns Columns = ExportColumns.For(RecruitmentModel.Instance);

    [Theory]
    [InlineData("Country", "name")]
    [InlineData("AdChannel", "handle")]
    [InlineData("Fighter", "alias")]
    [InlineData("Claim", null)]
    [InlineData("Source", "publisher")]
    [InlineData("Offer", null)]
    [InlineData("Event", null)]
    public void A_node_is_shown_by_its_first_required_free_text_property_or_else_its_id(string label, string? property)
    {
        var values = new Dictionary<string, object?> { ["id"] = "x:1", ["name"] = "N", ["handle"] = "H", ["alias"] = "A", ["metric"] = "M",
            ["publisher"] = "P", ["iso2"] = "I", ["platform"] = "Telegram", ["kind"] = "capture" };

        var shown = Columns.DisplayName(new GraphNode("x:1", label, values));

        Assert.Equal(property is null ? "x:1" : values[property], shown);
    }

    [Fact]
    public void A_record_carries_its_confidence_and_the_ids_and_titles_of_its_sources_in_order()
    {
        var country = new GraphNode("country:KE", "Country", new Dictionary<string, object?> { ["name"] = "Kenya", ["confidence"] = "reported" });
        var record = new ExportNode(country, [new("source:a", "First"), new("source:b", "Second")]);

        var values = Columns.Values(record).ToDictionary(v => v.Column.Name, v => v.Value);

        Assert.Equal("reported", values["confidence"]);
        Assert.Equal(["source:a", "source:b"], (IEnumerable<string>)values["sourceIds"]);
        Assert.Equal(["First", "Second"], (IEnumerable<string>)values["sourceTitles"]);
    }

    [Fact]
    public void Every_column_has_the_type_of_its_model_kind_and_no_personal_property_is_declared()
    {
        var node = Columns.Node.ToDictionary(c => c.Name);

        Assert.Equal((ExportKind.Boolean, false), (node["synthetic"].Kind, node["synthetic"].IsList));
        Assert.Equal((ExportKind.String, true), (node["sourceIds"].Kind, node["sourceIds"].IsList));
        Assert.Equal(ExportKind.Double, node["salaryAmount"].Kind);
        Assert.Equal(ExportKind.String, node["firstSeen"].Kind);
        Assert.Equal(["label", "type"], Columns.Node.Take(2).Select(c => c.Name));
        Assert.DoesNotContain("id", node.Keys);
        Assert.DoesNotContain("dateOfBirth", node.Keys);
        Assert.DoesNotContain("contact", node.Keys);
        // Country's name is not personal, so the column exists; a Fighter's name must still never fill it.
        var fighter = new GraphNode("fighter:x", "Fighter", new Dictionary<string, object?> { ["alias"] = "A", ["name"] = "Secret", ["status"] = "killed" });
        Assert.DoesNotContain(Columns.Values(new ExportNode(fighter, [])), v => Equals(v.Value, "Secret"));
        Assert.Equal(["type", "quotes", "confidence", "validFrom", "validTo", "knownFrom", "role", "quote", "sourceIds", "sourceTitles"],
            Columns.Edge.Select(c => c.Name));
        Assert.Equal(["sourceIds", "sourceTitles"], Columns.Node.TakeLast(2).Select(c => c.Name));
    }
}
