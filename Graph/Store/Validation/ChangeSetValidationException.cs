namespace GraphServer.Store.Validation;

/// <summary>Thrown before anything is written when a change set breaks the model; lists every problem, not just the first.</summary>
public sealed class ChangeSetValidationException : Exception
{
    public ChangeSetValidationException(IReadOnlyList<ValidationProblem> problems)
        : base($"The change set was rejected, nothing was written: {problems.Count} problem(s). " +
               string.Join("; ", problems.Take(10)) + (problems.Count > 10 ? "; …" : string.Empty))
    {
        Problems = problems;
    }

    public ChangeSetValidationException()
        : this([])
    {
    }

    public ChangeSetValidationException(string message)
        : base(message)
    {
        Problems = [];
    }

    public ChangeSetValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [];
    }

    public IReadOnlyList<ValidationProblem> Problems { get; }
}
