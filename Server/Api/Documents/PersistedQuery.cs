using GraphQL;

namespace GraphServer.Api.Documents;

/// <summary>Apollo's persisted-query extension: <c>{"persistedQuery": {"version": 1, "sha256Hash": "…"}}</c>.</summary>
internal static class PersistedQuery
{
    public static string? HashFrom(Inputs? extensions)
    {
        if (extensions is null || !extensions.TryGetValue("persistedQuery", out var value) || value is null)
        {
            return null;
        }

        if (value is not IReadOnlyDictionary<string, object?> persisted
            || !persisted.TryGetValue("sha256Hash", out var hash) || hash is not string text || text.Length != 64)
        {
            throw new ExecutionError("extensions.persistedQuery needs a sha256Hash of 64 hex digits.") { Code = "PERSISTED_QUERY_INVALID" };
        }

        // Compared as text: a client's "version" may arrive as any JSON value, and only 1 is known.
        if (persisted.TryGetValue("version", out var version) && version is not null
            && Convert.ToString(version, System.Globalization.CultureInfo.InvariantCulture) != "1")
        {
            throw new ExecutionError("Only version 1 of persisted queries is supported.") { Code = "PERSISTED_QUERY_INVALID" };
        }

        return text.ToLowerInvariant();
    }
}
