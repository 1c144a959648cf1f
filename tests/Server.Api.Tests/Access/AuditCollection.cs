namespace GraphServer.Api.Tests.Access;

/// <summary>Audit tests compare the log before and after a request, so nothing else may write to their server meanwhile.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AuditCollection
{
    public const string Name = "Audit log";
}
