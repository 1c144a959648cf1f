namespace GraphServer.Store.Access;

/// <summary>The access data a store keeps beside the graph: the audit log and the API keys.</summary>
public interface IAccessStore : IAuditLog, IApiKeyRegistry
{
    /// <summary>Creates the tables or constraints; idempotent.</summary>
    Task InitializeAsync(CancellationToken cancellationToken = default);
}
