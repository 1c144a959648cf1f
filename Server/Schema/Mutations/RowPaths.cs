using GraphServer.Model;
using GraphServer.Store.Validation;

namespace GraphServer.Schema.Mutations;

/// <summary>
/// Where each node and edge of a change set came from in the mutation's input, so that the store's validation problems
/// (by position in the change set) are answered at the caller's path: <c>nodes[3].properties.salaryAmount</c>,
/// <c>sources[1].id</c>, <c>role</c>. Rows are added in the order they go into the change set.
/// </summary>
internal sealed class RowPaths
{
    private readonly List<Row> _nodes = [];
    private readonly List<Row> _edges = [];

    /// <summary>A node row; <paramref name="nested"/>: its properties sit under <c>properties</c> (importBatch).</summary>
    public void AddNode(string prefix, bool nested) => _nodes.Add(new(prefix, nested, false));

    /// <summary>A relationship row (link, importBatch); its own sources are at <c>prefix.sources</c>.</summary>
    public void AddEdge(string prefix, bool nested) => _edges.Add(new(prefix, nested, false));

    /// <summary>A CITES edge written for the source reference at <paramref name="prefix"/> (<c>sources[0]</c>).</summary>
    public void AddCitation(string prefix) => _edges.Add(new(prefix, false, true));

    /// <summary>
    /// The problem at the caller's path, or null for one that only repeats another: a CITES edge whose node row was
    /// refused reports its start as missing, which the row's own error already says.
    /// </summary>
    public MutationError? Map(ValidationProblem problem)
    {
        var rows = problem.IsEdge ? _edges : _nodes;
        var row = problem.Index < rows.Count ? rows[problem.Index] : new Row(string.Empty, false, false);
        if (row.IsCitation && problem.Field == "from")
        {
            return null;
        }

        if (row.IsCitation)
        {
            return MutationError.Invalid(Join(row.Prefix, problem.Field == "to" ? "id" : null), $"{problem.Field} {problem.Reason}");
        }

        return problem.Field switch
        {
            ChangeSetValidator.SourcesField when !problem.IsEdge => MutationError.SourceMissing(Join(row.Prefix, "sources"),
                problem.Reason),
            CommonProperties.SourceIds when problem.Reason.StartsWith("names no source", StringComparison.Ordinal) =>
                MutationError.SourceMissing(Join(row.Prefix, "sources"), problem.Reason),
            CommonProperties.SourceIds or CommonProperties.Quotes => MutationError.Invalid(Join(row.Prefix, "sources"), problem.Reason),
            "id" or "label" or "type" or "from" or "to" => MutationError.Invalid(Join(row.Prefix, problem.Field), problem.Reason),
            _ => MutationError.Invalid(Join(row.Prefix, row.Nested ? "properties." + problem.Field : problem.Field), problem.Reason),
        };
    }

    private static string Join(string prefix, string? field) =>
        field is null ? prefix : prefix.Length == 0 ? field : prefix + "." + field;

    private sealed record Row(string Prefix, bool Nested, bool IsCitation);
}
