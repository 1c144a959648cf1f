namespace GraphServer.Model;

/// <summary>
/// What <see cref="ModelBuilder.Node"/> returns for a declared label: relationships are declared between handles, so a
/// relationship cannot name a label that was never declared (the compiler, not a string lookup, catches the slip).
/// </summary>
internal sealed record NodeHandle(string Label);
