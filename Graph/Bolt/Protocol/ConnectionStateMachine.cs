namespace GraphServer.Bolt.Protocol;

/// <summary>Every client-side state transition in one place: the state after a request's summary arrives.</summary>
internal static class ConnectionStateMachine
{
    /// <param name="state">The state before the response.</param>
    /// <param name="request">The request tag this summary answers.</param>
    /// <param name="response">SUCCESS, FAILURE or IGNORED (RECORDs never change state).</param>
    /// <param name="hasMore">PULL/DISCARD only: the stream has more records.</param>
    /// <param name="minor">The negotiated Bolt 5 minor version (5.0 authenticates in HELLO, 5.1+ in LOGON).</param>
    public static ConnectionState Next(ConnectionState state, byte request, ResponseKind response, bool hasMore, int minor)
    {
        if (state == ConnectionState.Defunct)
        {
            return state;
        }

        if (response == ResponseKind.Ignored)
        {
            // The server only ignores while failed (or while a RESET is on its way); the state does not move.
            return state;
        }

        if (response == ResponseKind.Failure)
        {
            // Failing to greet, authenticate or reset leaves nothing to recover.
            return request is MessageTag.Hello or MessageTag.Logon or MessageTag.Logoff or MessageTag.Reset
                ? ConnectionState.Defunct
                : ConnectionState.Failed;
        }

        return (request, state) switch
        {
            (MessageTag.Hello, ConnectionState.Connected) => minor == 0 ? ConnectionState.Ready : ConnectionState.Authentication,
            (MessageTag.Logon, ConnectionState.Authentication) => ConnectionState.Ready,
            (MessageTag.Logoff, ConnectionState.Ready) => ConnectionState.Authentication,
            (MessageTag.Reset, _) => ConnectionState.Ready,
            (MessageTag.Run, ConnectionState.Ready) => ConnectionState.Streaming,
            (MessageTag.Run, ConnectionState.TxReady or ConnectionState.TxStreaming) => ConnectionState.TxStreaming,
            (MessageTag.Pull or MessageTag.Discard, ConnectionState.Streaming) => hasMore ? state : ConnectionState.Ready,
            (MessageTag.Pull or MessageTag.Discard, ConnectionState.TxStreaming) => hasMore ? state : ConnectionState.TxReady,
            (MessageTag.Begin, ConnectionState.Ready) => ConnectionState.TxReady,
            (MessageTag.Commit or MessageTag.Rollback, ConnectionState.TxReady) => ConnectionState.Ready,
            (MessageTag.Route or MessageTag.Telemetry, ConnectionState.Ready) => ConnectionState.Ready,
            (MessageTag.Telemetry, ConnectionState.TxReady) => ConnectionState.TxReady,
            _ => throw new ProtocolException($"SUCCESS for {MessageTag.Name(request)} is not valid in state {state}."),
        };
    }
}
