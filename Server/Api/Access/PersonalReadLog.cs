using System.Collections.Concurrent;
using GraphQL;
using GraphServer.Api.Documents;

namespace GraphServer.Api.Access;

/// <summary>
/// The personal reads of one request, gathered as fields resolve (in parallel) and written to the audit log once the
/// request is answered (<see cref="AuditTrail"/>): the operation, its variables with personal values redacted, the ids.
/// </summary>
internal sealed class PersonalReadLog
{
    public const string ItemKey = "graphserver:personal-reads";

    private readonly ConcurrentDictionary<string, byte> _ids = new(StringComparer.Ordinal);
    private int _described;

    public string? OperationName { get; private set; }

    public string? OperationHash { get; private set; }

    public string Variables { get; private set; } = "{}";

    public IReadOnlyList<string> Ids => _ids.Keys.Order(StringComparer.Ordinal).ToList();

    public bool IsEmpty => _ids.IsEmpty;

    public static PersonalReadLog? Of(IResolveFieldContext context) =>
        (context.RequestServices?.GetService(typeof(IHttpContextAccessor)) as IHttpContextAccessor)?.HttpContext is { } http
            ? Of(http)
            : null;

    public static PersonalReadLog Of(HttpContext http)
    {
        if (http.Items[ItemKey] is not PersonalReadLog log)
        {
            log = new PersonalReadLog();
            http.Items[ItemKey] = log;
        }

        return log;
    }

    public void Add(IResolveFieldContext context, string? id)
    {
        if (Interlocked.Exchange(ref _described, 1) == 0)
        {
            OperationName = context.Operation.Name?.StringValue;
            OperationHash = DocumentHash.Of(context.Document.Source.ToString());
            Variables = VariableRedaction.Redact(context.Variables);
        }

        if (id is not null)
        {
            _ids.TryAdd(id, 0);
        }
    }

    /// <summary>An export or another non-GraphQL read that left personal values in its answer.</summary>
    public void Add(string operationName, string description, IEnumerable<string> ids)
    {
        if (Interlocked.Exchange(ref _described, 1) == 0)
        {
            OperationName = operationName;
            OperationHash = DocumentHash.Of(description);
            Variables = System.Text.Json.JsonSerializer.Serialize(new { request = description });
        }

        foreach (var id in ids)
        {
            _ids.TryAdd(id, 0);
        }
    }
}
