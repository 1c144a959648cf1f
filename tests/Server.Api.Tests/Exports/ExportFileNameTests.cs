using GraphServer.Api.Exports;

namespace GraphServer.Api.Tests.Exports;

/// <summary>Download names are safe in a quoted header and on every file system, whatever the ids hold.</summary>
public sealed class ExportFileNameTests
{
    private static readonly DateOnly Day = new(2025, 3, 9);

    [Fact]
    public void Characters_outside_letters_digits_dot_dash_and_underscore_become_underscores()
    {
        Assert.Equal("graphserver-recruiter_a_b__c_-____-2025-03-09.gexf",
            ExportFileName.For(["recruiter:a\"b/\\c?-Київ"], Day, "gexf"));
    }

    [Fact]
    public void Many_ids_are_cut_short_and_say_there_were_more()
    {
        var name = ExportFileName.For(Enumerable.Range(0, 40).Select(i => $"country:C{i}"), Day, "graphml");

        Assert.StartsWith("graphserver-country_C0+country_C1+", name, StringComparison.Ordinal);
        Assert.EndsWith("+more-2025-03-09.graphml", name, StringComparison.Ordinal);
        Assert.True(name.Length < 120);
    }
}
