using System.Runtime.CompilerServices;
using GraphServer.Bolt.Protocol;

namespace GraphServer.Bolt.Session;

/// <summary>
/// Streams one query's records off the connection. RUN and the first PULL were pipelined by the creator; the next
/// PULL is only sent when the consumer reads past the batch (backpressure). <c>onDone</c> runs exactly once, when the
/// final summary, a failure or a broken connection ends the stream.
/// </summary>
internal sealed class ResultCursor : IResultCursor
{
    private readonly BoltConnection _connection;
    private readonly string _query;
    private readonly long _fetchSize;
    private readonly Func<ResultCursor, Exception?, ValueTask> _onDone;
    private RecordKeys _keys = RecordKeys.Empty;
    private Dictionary<string, object?> _runMetadata = [];
    private Queue<BoltRecord>? _buffer;
    private long _qid = -1;
    private bool _discarding;
    private Exception? _error;
    private ResultSummary? _summary;

    public ResultCursor(BoltConnection connection, string query, long fetchSize, Func<ResultCursor, Exception?, ValueTask> onDone)
    {
        _connection = connection;
        _query = query;
        _fetchSize = fetchSize;
        _onDone = onDone;
    }

    public IReadOnlyList<string> Keys => _keys.Names;

    public bool IsDone { get; private set; }

    public ResultSummary? Summary => _summary;

    /// <summary>Reads RUN's SUCCESS (the column names) or its FAILURE.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            _runMetadata = await _connection.ExpectSuccessAsync(cancellationToken);
        }
        catch (Exception e)
        {
            await FinishAsync(e);
            throw;
        }

        _keys = _runMetadata.GetValueOrDefault("fields") is List<object?> fields ? new RecordKeys(fields.Cast<string>().ToArray()) : RecordKeys.Empty;
        _qid = _runMetadata.GetValueOrDefault("qid") is long qid ? qid : -1;
    }

    public async ValueTask<BoltRecord?> NextAsync(CancellationToken cancellationToken)
    {
        if (_buffer is { Count: > 0 })
        {
            return _buffer.Dequeue();
        }

        if (IsDone)
        {
            return _error is null ? null : throw _error;
        }

        return await ReadAsync(cancellationToken);
    }

    /// <summary>Reads the rest of the stream into memory, so the connection is free for the transaction's next query.</summary>
    public async Task BufferAsync(CancellationToken cancellationToken)
    {
        _buffer ??= new Queue<BoltRecord>();
        while (!IsDone)
        {
            if (await ReadAsync(cancellationToken) is { } record)
            {
                _buffer.Enqueue(record);
            }
        }
    }

    public async Task<IReadOnlyList<BoltRecord>> ToListAsync(CancellationToken cancellationToken = default)
    {
        var records = new List<BoltRecord>();
        while (await NextAsync(cancellationToken) is { } record)
        {
            records.Add(record);
        }

        return records;
    }

    public async Task<BoltRecord> SingleAsync(CancellationToken cancellationToken = default)
    {
        var first = await NextAsync(cancellationToken);
        var second = first is null ? null : await NextAsync(cancellationToken);
        if (first is null || second is not null)
        {
            await ConsumeAsync(cancellationToken);
            throw new InvalidOperationException(first is null ? "The result has no records; expected one." : "The result has more than one record.");
        }

        return first;
    }

    public async Task<ResultSummary> ConsumeAsync(CancellationToken cancellationToken = default)
    {
        _discarding = true;
        _buffer?.Clear();
        while (!IsDone)
        {
            await ReadAsync(cancellationToken);
        }

        return _error is null ? _summary! : throw _error;
    }

    public async IAsyncEnumerator<BoltRecord> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        await foreach (var record in EnumerateAsync(cancellationToken))
        {
            yield return record;
        }
    }

    private async IAsyncEnumerable<BoltRecord> EnumerateAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        while (await NextAsync(cancellationToken) is { } record)
        {
            yield return record;
        }
    }

    private async ValueTask<BoltRecord?> ReadAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            Response response;
            try
            {
                response = await _connection.ReceiveAsync(cancellationToken);
                if (response.Kind == ResponseKind.Success && response.HasMore)
                {
                    if (_discarding)
                    {
                        _connection.Discard(-1, _qid);
                    }
                    else
                    {
                        _connection.Pull(_fetchSize, _qid);
                    }

                    await _connection.FlushAsync(cancellationToken);
                    continue;
                }
            }
            catch (Exception e)
            {
                await FinishAsync(e);
                throw;
            }

            switch (response.Kind)
            {
                case ResponseKind.Record:
                    return new BoltRecord(_keys, response.Fields);
                case ResponseKind.Success:
                    _summary = new ResultSummary(_query, _runMetadata, response.Metadata, _connection.ServerAgent, _connection.Address.ToString());
                    await FinishAsync(null);
                    return null;
                default:
                    var error = response.Kind == ResponseKind.Failure ? _connection.LastFailure! : _connection.IgnoredError();
                    await FinishAsync(error);
                    throw error;
            }
        }
    }

    private async ValueTask FinishAsync(Exception? error)
    {
        if (IsDone)
        {
            return;
        }

        IsDone = true;
        _error = error;
        await _onDone(this, error);
    }
}
