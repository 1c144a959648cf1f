using static GraphServer.Store.Tests.Contract.ContractGraph;

namespace GraphServer.Store.Tests.Contract;

/// <summary>Full-text search: the same set of hits from both stores (ranking may differ), index kept in step with writes.</summary>
public abstract partial class GraphStoreContractTests
{
    private async Task<string[]> HitsAsync(string text, params string[] labels) =>
        [.. (await Store.SearchAsync(new SearchQuery(text) { Labels = labels, Take = 500 })).Select(h => h.Node.Id).Order(StringComparer.Ordinal)];

    [SkippableFact]
    public async Task Search_finds_every_node_with_the_word_in_a_searchable_property_whatever_its_case()
    {
        Assert.Equal([Alpha, Beta, Unit], await HitsAsync("quokka"));
        Assert.Equal([Alpha, Beta, Unit], await HitsAsync("QUOKKA"));
    }

    [SkippableFact]
    public async Task Every_word_is_required_and_labels_narrow_the_search()
    {
        Assert.Equal([Alpha], await HitsAsync("alpha quokka"));
        Assert.Equal([Unit], await HitsAsync("quokka", "Unit"));
        Assert.Empty(await HitsAsync("quokka testland"));
    }

    [SkippableFact]
    public async Task Words_are_stemmed_so_plurals_and_possessives_match()
    {
        // The source's title says "recruiters"; the channel's handle is one word.
        Assert.Equal([Source], await HitsAsync("zanzibarian recruiter"));
        Assert.Contains(await HitsAsync("Russia"), id => id.StartsWith("source:", StringComparison.Ordinal));
        Assert.Equal([Channel], await HitsAsync("wombatjobs"));
    }

    [SkippableFact]
    public async Task Query_syntax_in_the_text_is_only_punctuation()
    {
        Assert.Equal([Alpha], await HitsAsync("alpha* \"quokka"));
        Assert.Equal([Alpha], await HitsAsync("+alpha -quokka) OR (:"));
        Assert.Empty(await HitsAsync("\" ( * ) \\"));
    }

    [SkippableFact]
    public async Task Properties_that_are_not_searchable_are_not_found()
    {
        // "front_sector" is the location's kind (not searchable); "assault" the unit's kind.
        Assert.DoesNotContain(Unit, await HitsAsync("assault", "Unit"));
        Assert.Equal([Front], await HitsAsync("test front", "Location"));
    }

    [SkippableFact]
    public async Task The_text_index_follows_upserts_and_deletes()
    {
        const string id = "source:t-search-followup";
        GraphNode Titled(string title) => new(id, "Source", new Dictionary<string, object?> { ["publisher"] = "Test", ["title"] = title, ["kind"] = "news" });

        await Store.ApplyAsync(new ChangeSet([Titled("Platypus sighting")], []));
        Assert.Equal([id], await HitsAsync("platypus"));

        await Store.ApplyAsync(new ChangeSet([Titled("Echidna sighting")], []));
        Assert.Empty(await HitsAsync("platypus"));
        Assert.Equal([id], await HitsAsync("echidna"));

        await Store.ApplyAsync(ChangeSet.Empty with { DeleteNodeIds = [id] });
        Assert.Empty(await HitsAsync("echidna"));
    }
}
