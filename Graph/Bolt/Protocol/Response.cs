using GraphServer.Bolt.PackStream;

namespace GraphServer.Bolt.Protocol;

/// <summary>One server message: SUCCESS/FAILURE carry metadata, RECORD carries field values, IGNORED nothing.</summary>
internal readonly struct Response
{
    private static readonly Dictionary<string, object?> NoMetadata = new(StringComparer.Ordinal);

    private Response(ResponseKind kind, Dictionary<string, object?>? metadata, object?[]? fields)
    {
        Kind = kind;
        Metadata = metadata ?? NoMetadata;
        Fields = fields ?? [];
    }

    public ResponseKind Kind { get; }

    public Dictionary<string, object?> Metadata { get; }

    public object?[] Fields { get; }

    public bool HasMore => Metadata.GetValueOrDefault("has_more") is true;

    public static Response Parse(ReadOnlySpan<byte> message)
    {
        var reader = new PackStreamReader(message, StringCache.Shared);
        var (tag, fieldCount) = reader.ReadStructHeader();
        switch (tag)
        {
            case MessageTag.Record:
                var count = reader.ReadListHeader();
                var fields = new object?[count];
                for (var i = 0; i < count; i++)
                {
                    fields[i] = reader.ReadValue();
                }

                return new Response(ResponseKind.Record, null, fields);
            case MessageTag.Success:
                return new Response(ResponseKind.Success, fieldCount == 0 ? null : reader.ReadMap(), null);
            case MessageTag.Failure:
                return new Response(ResponseKind.Failure, fieldCount == 0 ? null : reader.ReadMap(), null);
            case MessageTag.Ignored:
                return new Response(ResponseKind.Ignored, null, null);
            default:
                throw new ProtocolException($"Unexpected server message {MessageTag.Name(tag)}.");
        }
    }

    public override string ToString() => Kind.ToString().ToUpperInvariant();
}
