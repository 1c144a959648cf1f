using System.Text.Encodings.Web;
using System.Text.Json;
using GraphServer.Model;
using GraphServer.Seed.Loading;
using GraphServer.Store;

namespace GraphServer.Seed.Dump;

/// <summary>
/// Writes one record of the JSON graph format (see <see cref="GraphDocument"/>) as one compact line: <c>label</c>/<c>id</c>
/// or <c>type</c>/<c>from</c>/<c>to</c>, then the model's properties in the model's order, then <c>sources</c>. Derived
/// properties (<c>knownFrom</c> and the like) are left out because the store derives them again on import; a
/// relationship's <c>sourceIds</c>/<c>quotes</c> become its <c>sources</c>, as the importer reads them.
/// </summary>
internal sealed class DumpRecordWriter(Stream output) : IDisposable
{
    // Quotes hold typographic quotes and non-Latin names; the file is data, not HTML, so they stay readable.
    private readonly Utf8JsonWriter _json = new(output, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    public void WriteNode(NodeType type, GraphNode node)
    {
        _json.Reset(output);
        _json.WriteStartObject();
        _json.WriteString("label", node.Label);
        _json.WriteString(CommonProperties.Id, node.Id);
        WriteProperties(type.Properties, node.Properties);
        var sources = node.Sources ?? [];
        if (sources.Count > 0)
        {
            WriteSources(sources.Select(s => (s.Source.Id, s.Quote)));
        }

        _json.WriteEndObject();
        _json.Flush();
    }

    public void WriteRelationship(RelationshipType type, GraphEdge edge)
    {
        _json.Reset(output);
        _json.WriteStartObject();
        _json.WriteString("type", edge.Type);
        _json.WriteString("from", edge.FromId);
        _json.WriteString("to", edge.ToId);
        WriteProperties(type.Properties.Where(p => p.Name is not (CommonProperties.SourceIds or CommonProperties.Quotes)), edge.Properties);
        var ids = Strings(edge.Properties.GetValueOrDefault(CommonProperties.SourceIds));
        var quotes = Strings(edge.Properties.GetValueOrDefault(CommonProperties.Quotes));
        if (ids.Count > 0)
        {
            WriteSources(ids.Select((id, i) => (id, i < quotes.Count ? quotes[i] : null)));
        }

        _json.WriteEndObject();
        _json.Flush();
    }

    public void Dispose() => _json.Dispose();

    private void WriteProperties(IEnumerable<PropertyDefinition> definitions, IReadOnlyDictionary<string, object?> values)
    {
        foreach (var definition in definitions.Where(d => !d.IsDerived && d.Name != CommonProperties.Id))
        {
            if (values.GetValueOrDefault(definition.Name) is { } value)
            {
                _json.WritePropertyName(definition.Name);
                WriteValue(value);
            }
        }
    }

    /// <summary>A source without a quote has none in the file; the importer stores it the same way again (null or "").</summary>
    private void WriteSources(IEnumerable<(string Id, string? Quote)> sources)
    {
        _json.WriteStartArray(RecordSources.Field);
        foreach (var (id, quote) in sources)
        {
            _json.WriteStartObject();
            _json.WriteString("id", id);
            if (!string.IsNullOrEmpty(quote))
            {
                _json.WriteString("quote", quote);
            }

            _json.WriteEndObject();
        }

        _json.WriteEndArray();
    }

    private void WriteValue(object value)
    {
        switch (value)
        {
            case string text:
                _json.WriteStringValue(text);
                break;
            case bool flag:
                _json.WriteBooleanValue(flag);
                break;
            case long whole:
                _json.WriteNumberValue(whole);
                break;
            case int whole:
                _json.WriteNumberValue(whole);
                break;
            case double real:
                _json.WriteNumberValue(real);
                break;
            case IEnumerable<string> list:
                _json.WriteStartArray();
                foreach (var item in list)
                {
                    _json.WriteStringValue(item);
                }

                _json.WriteEndArray();
                break;
            default:
                throw new InvalidOperationException($"A stored value of type {value.GetType().Name} has no JSON form in a dump.");
        }
    }

    private static IReadOnlyList<string> Strings(object? value) => value is IEnumerable<string> list ? [.. list] : [];
}
