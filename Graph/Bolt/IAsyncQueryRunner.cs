namespace GraphServer.Bolt;

/// <summary>Runs queries inside a transaction; what managed-transaction work receives.</summary>
public interface IAsyncQueryRunner
{
    Task<IResultCursor> RunAsync(string query, IReadOnlyDictionary<string, object?>? parameters = null,
        CancellationToken cancellationToken = default);
}
