namespace GraphServer.Seed.Import;

/// <summary>A bad row of an import, in the compiler-style form editors jump to: <c>file:line: field: reason</c>.</summary>
internal sealed record ImportProblem(string File, long Line, string Field, string Reason)
{
    public override string ToString() => $"{File}:{Line}: {Field}: {Reason}";
}
