using System.Text.Json;
using GraphServer.Seed.Loading;

namespace GraphServer.Seed.Import;

/// <summary>
/// Walks a GraphDocument file with <see cref="Utf8JsonReader"/> over a refillable buffer, so a file of any size is read
/// with one record in memory. Each item of <c>nodes</c> or <c>relationships</c> is parsed on its own, and its line is
/// the line of its opening brace, counted from the newlines passed so far.
/// </summary>
internal sealed class JsonRecordCursor(Stream stream)
{
    private static readonly JsonReaderOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    private byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _end;
    private bool _final;
    private bool _begun;
    private bool _finished;
    private long _line = 1;
    private JsonReaderState _state = new(Options);
    private Section _section;

    private enum Section
    {
        None,
        Nodes,
        Relationships,
        Other,
    }

    private enum Step
    {
        Continue,
        NeedMore,
        Record,
        End,
    }

    public ImportRecord? Next()
    {
        while (!_finished)
        {
            if (!_begun)
            {
                Fill();
                _begun = true;
                if (_buffer.AsSpan(_start, _end - _start).StartsWith(Bom))
                {
                    _start += Bom.Length;
                }
            }

            Step step;
            ImportRecord? record;
            try
            {
                step = Advance(out record);
            }
            catch (JsonException e)
            {
                // The reader state carries the line count across buffers, so the exception's (0-based) line is the file's.
                _finished = true;
                return ImportRecord.Broken((e.LineNumber ?? _line - 1) + 1, "json", e.Message.Split(" LineNumber:")[0]);
            }

            switch (step)
            {
                case Step.Record:
                    return record;
                case Step.NeedMore:
                    Fill();
                    break;
                case Step.End:
                    _finished = true;
                    break;
            }
        }

        return null;
    }

    /// <summary>Reads one token (or one whole record) and commits it; nothing is committed when more data is needed.</summary>
    private Step Advance(out ImportRecord? record)
    {
        record = null;
        var span = _buffer.AsSpan(_start, _end - _start);
        var reader = new Utf8JsonReader(span, _final, _state);
        if (!reader.Read())
        {
            return _final ? Step.End : Step.NeedMore;
        }

        var depth = reader.CurrentDepth;
        var inList = _section is Section.Nodes or Section.Relationships;
        switch (reader.TokenType)
        {
            case JsonTokenType.StartArray when depth == 0:
                record = ImportRecord.Broken(LineAt(span, reader.TokenStartIndex), "json", "the file must be an object: {\"nodes\": [...], \"relationships\": [...]}");
                _finished = true;
                return Step.Record;
            case JsonTokenType.PropertyName when depth == 1:
                _section = reader.GetString() switch
                {
                    "nodes" => Section.Nodes,
                    "relationships" => Section.Relationships,
                    _ => Section.Other,
                };
                break;
            case JsonTokenType.StartObject or JsonTokenType.StartArray when depth == 1 && !inList:
                if (!reader.TrySkip())
                {
                    return Step.NeedMore;
                }

                break;
            case JsonTokenType.EndArray when depth == 1:
                _section = Section.None;
                break;
            case JsonTokenType.StartObject when depth == 2 && inList:
                var line = LineAt(span, reader.TokenStartIndex);
                if (!JsonDocument.TryParseValue(ref reader, out var document))
                {
                    return Step.NeedMore;
                }

                using (document)
                {
                    var item = document.RootElement;
                    if (_section == Section.Nodes)
                    {
                        var (node, citations) = GraphDocument.ReadNode(item);
                        record = new ImportRecord(line, node, null, []) { Citations = citations };
                    }
                    else
                    {
                        record = new ImportRecord(line, null, GraphDocument.ReadEdge(item), []);
                    }
                }

                Commit(ref reader, span);
                return Step.Record;
            case not (JsonTokenType.EndArray or JsonTokenType.EndObject or JsonTokenType.Comment) when depth == 2 && inList:
                var at = LineAt(span, reader.TokenStartIndex);
                if (!reader.TrySkip())
                {
                    return Step.NeedMore;
                }

                record = ImportRecord.Broken(at, "json", $"each item of \"{(_section == Section.Nodes ? "nodes" : "relationships")}\" must be an object");
                Commit(ref reader, span);
                return Step.Record;
        }

        Commit(ref reader, span);
        return Step.Continue;
    }

    private long LineAt(ReadOnlySpan<byte> span, long offset) => _line + span[..(int)offset].Count((byte)'\n');

    private void Commit(ref Utf8JsonReader reader, ReadOnlySpan<byte> span)
    {
        var consumed = (int)reader.BytesConsumed;
        _line += span[..consumed].Count((byte)'\n');
        _start += consumed;
        _state = reader.CurrentState;
    }

    /// <summary>Keeps the uncommitted bytes, growing the buffer when one record is larger than it, and reads more.</summary>
    private void Fill()
    {
        var pending = _end - _start;
        if (pending == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }
        else if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, pending);
        }

        _start = 0;
        _end = pending;
        while (_end < _buffer.Length)
        {
            var read = stream.Read(_buffer, _end, _buffer.Length - _end);
            if (read == 0)
            {
                _final = true;
                break;
            }

            _end += read;
        }
    }
}
