using System.Diagnostics;
using GraphServer.Api.Tests.EndToEnd;
using Xunit.Abstractions;
using static GraphServer.Api.Tests.Loading.RequestShapes;
using Answers = System.Collections.Generic.Dictionary<string, (System.Text.Json.Nodes.JsonNode Answer,
    System.Collections.Generic.List<System.Diagnostics.Activity> Statements, System.Collections.Generic.List<System.Diagnostics.Activity> Sql)>;

namespace GraphServer.Api.Tests.Loading;

/// <summary>
/// The check every statement-count test makes: run the shapes with the compiler and without it
/// (GraphServer:Http:CompileSelections=false, the DataLoader path) on one store, then hold each compiled request to
/// one statement (Neo4j) or one store call (embedded), no errors, and exactly the DataLoader path's JSON.
/// </summary>
internal static class CompiledAgainstLoaded
{
    /// <summary>On Neo4j: each compiled request is exactly one Bolt statement. The caller holds the database lock.</summary>
    public static async Task<(Answers Compiled, Answers Loaded)> OneStatementOnNeo4jAsync(IReadOnlyList<Shape> shapes, ITestOutputHelper output)
    {
        var compiled = await OneStatementPerRequestTests.RunAsync(GraphServerFactory.Neo4j(), compile: true, shapes);
        var loaded = await OneStatementPerRequestTests.RunAsync(GraphServerFactory.Neo4j(), compile: false, shapes);
        foreach (var shape in shapes)
        {
            var (answer, statements) = (compiled[shape.Name].Answer, compiled[shape.Name].Statements);
            output.WriteLine($"{shape.Name}: {statements.Count} statement(s) compiled, {loaded[shape.Name].Statements.Count} without the compiler");
            Assert.True(answer["errors"] is null, $"{shape.Name}: {answer.ToJsonString()}");
            Assert.True(statements.Count == 1, $"{shape.Name}: {statements.Count} statements:\n{string.Join("\n", statements.Select(Text))}");
            Assert.Equal(loaded[shape.Name].Answer.ToJsonString(), answer.ToJsonString());
        }

        return (compiled, loaded);
    }

    /// <summary>On the embedded store: each compiled request is one store call (every SQL statement under one span, one read session).</summary>
    public static async Task<(Answers Compiled, Answers Loaded)> OneStoreCallEmbeddedAsync(IReadOnlyList<Shape> shapes, ITestOutputHelper output)
    {
        var compiled = await OneStatementPerRequestTests.RunAsync(GraphServerFactory.Embedded(), compile: true, shapes);
        var loaded = await OneStatementPerRequestTests.RunAsync(GraphServerFactory.Embedded(), compile: false, shapes);
        foreach (var shape in shapes)
        {
            var (answer, sql) = (compiled[shape.Name].Answer, compiled[shape.Name].Sql);
            output.WriteLine($"{shape.Name}: {sql.Count} SQL statement(s) compiled, {loaded[shape.Name].Sql.Count} without the compiler");
            Assert.True(answer["errors"] is null, $"{shape.Name}: {answer.ToJsonString()}");
            Assert.True(sql.Select(q => q.ParentSpanId).Distinct().Count() == 1,
                $"{shape.Name}: several store calls:\n{string.Join("\n", sql.Select(q => q.DisplayName))}");
            Assert.Equal(loaded[shape.Name].Answer.ToJsonString(), answer.ToJsonString());
        }

        return (compiled, loaded);
    }

    /// <summary>A recorded statement's text (its template; values are never in it).</summary>
    public static string Text(Activity statement) => statement.GetTagItem("db.query.text") as string ?? statement.DisplayName;
}
