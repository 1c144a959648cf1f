namespace GraphServer.Seed.Import;

/// <summary>Something wrong with one field of a record, found while reading the file (before the model is consulted).</summary>
internal sealed record FieldProblem(string Field, string Reason);
