using System.Text.Json.Nodes;
using GraphServer.Api.Tests.Support;

namespace GraphServer.Api.Tests.Access;

/// <summary>
/// The abuse of a role: a viewer tries to learn a fighter's name one letter at a time through where (startsWith, gt/lt
/// bisection) and order, with the document fixed and only the variables changing. Every probe answers exactly alike,
/// so the answers carry no information about the name.
/// </summary>
public sealed class BinarySearchProbeTests(AccessServer server) : IClassFixture<AccessServer>
{
    private static readonly PersonalCase Name = AccessServer.Cases.Single(c => c.ToString() == "Fighter.name");

    [Fact]
    public async Task Bisecting_with_where_on_a_personal_field_answers_every_probe_alike()
    {
        var answers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (operation, probe) in Probes())
        {
            var (_, body) = await server.AsAsync("viewer",
                $"query Probe($p: String) {{ fighters(where: {{ id: {{ eq: \"{Name.NodeId}\" }}, name: {{ {operation}: $p }} }}) "
                + "{ totalCount nodes { id } } }",
                new { p = probe });
            Assert.Null(body["data"]);
            answers.Add(operation + ":" + ComparableAnswers.WithoutTraceIds(body).ToJsonString());
        }

        // One distinct answer per operation, whatever the probe: the true prefix "Zq…" and "A" look the same.
        Assert.True(answers.Count == 3, string.Join("\n", answers));
    }

    [Fact]
    public async Task Ordering_by_a_personal_field_is_refused_and_selecting_it_is_forbidden()
    {
        var (_, ordered) = await server.AsAsync("viewer", "{ fighters(first: 50, order: [{ name: ASC }]) { nodes { id } } }");
        var (_, selected) = await server.AsAsync("viewer", "{ fighters(first: 50, order: [{ id: ASC }]) { nodes { id name } } }");

        Assert.Null(ordered["data"]);
        Assert.NotEmpty(ordered["errors"]!.AsArray());
        Assert.All(selected["errors"]!.AsArray(), e => Assert.Equal("FORBIDDEN", (string?)e!["extensions"]!["code"]));
        Assert.All(selected["data"]!["fighters"]!["nodes"]!.AsArray(), n => Assert.Null(n!["name"]));
        Assert.DoesNotContain(Name.Text, selected.ToJsonString(), StringComparison.Ordinal);
    }

    private static IEnumerable<(string Operation, string Probe)> Probes()
    {
        foreach (var operation in new[] { "startsWith", "eq", "contains" })
        {
            yield return (operation, Name.Text[..2]);
            yield return (operation, Name.Text);
            yield return (operation, "A");
            yield return (operation, "Zz");
        }
    }
}
