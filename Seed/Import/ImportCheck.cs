namespace GraphServer.Seed.Import;

/// <summary>The outcome of the validation pass: the problems (the first <see cref="ImportValidation.MaxReported"/> of
/// <see cref="ProblemCount"/>) and how many nodes and relationships the files hold.</summary>
internal sealed record ImportCheck(IReadOnlyList<ImportProblem> Problems, long ProblemCount, long Nodes, long Edges)
{
    public bool IsValid => ProblemCount == 0;
}
