using GraphServer.Bolt.Protocol;
using static GraphServer.Bolt.Protocol.ConnectionState;
using static GraphServer.Bolt.Protocol.ResponseKind;

namespace GraphServer.Bolt.Tests.Protocol;

/// <summary>The transition table: state, request and response in; next state out.</summary>
public sealed class ConnectionStateMachineTests
{
    public static TheoryData<string, byte, string, bool, int, string> Transitions => new()
    {
        { nameof(Connected), MessageTag.Hello, nameof(Success), false, 0, nameof(Ready) },
        { nameof(Connected), MessageTag.Hello, nameof(Success), false, 8, nameof(Authentication) },
        { nameof(Authentication), MessageTag.Logon, nameof(Success), false, 8, nameof(Ready) },
        { nameof(Authentication), MessageTag.Logon, nameof(Failure), false, 8, nameof(Defunct) },
        { nameof(Ready), MessageTag.Logoff, nameof(Success), false, 8, nameof(Authentication) },
        { nameof(Ready), MessageTag.Run, nameof(Success), false, 8, nameof(Streaming) },
        { nameof(Streaming), MessageTag.Pull, nameof(Success), true, 8, nameof(Streaming) },
        { nameof(Streaming), MessageTag.Pull, nameof(Success), false, 8, nameof(Ready) },
        { nameof(Streaming), MessageTag.Discard, nameof(Success), false, 8, nameof(Ready) },
        { nameof(Ready), MessageTag.Begin, nameof(Success), false, 8, nameof(TxReady) },
        { nameof(TxReady), MessageTag.Run, nameof(Success), false, 8, nameof(TxStreaming) },
        { nameof(TxStreaming), MessageTag.Pull, nameof(Success), false, 8, nameof(TxReady) },
        { nameof(TxReady), MessageTag.Commit, nameof(Success), false, 8, nameof(Ready) },
        { nameof(TxReady), MessageTag.Rollback, nameof(Success), false, 8, nameof(Ready) },
        { nameof(Ready), MessageTag.Route, nameof(Success), false, 8, nameof(Ready) },
        { nameof(Ready), MessageTag.Run, nameof(Failure), false, 8, nameof(Failed) },
        { nameof(TxStreaming), MessageTag.Pull, nameof(Failure), false, 8, nameof(Failed) },
        { nameof(Failed), MessageTag.Pull, nameof(Ignored), false, 8, nameof(Failed) },
        { nameof(Failed), MessageTag.Reset, nameof(Success), false, 8, nameof(Ready) },
        { nameof(TxStreaming), MessageTag.Reset, nameof(Success), false, 8, nameof(Ready) },
        { nameof(Failed), MessageTag.Reset, nameof(Failure), false, 8, nameof(Defunct) },
        { nameof(Defunct), MessageTag.Reset, nameof(Success), false, 8, nameof(Defunct) },
    };

    [Theory]
    [MemberData(nameof(Transitions))]
    public void Moves_to_the_next_state(string from, byte request, string response, bool hasMore, int minor, string to) =>
        Assert.Equal(Enum.Parse<ConnectionState>(to), ConnectionStateMachine.Next(
            Enum.Parse<ConnectionState>(from), request, Enum.Parse<ResponseKind>(response), hasMore, minor));

    [Fact]
    public void A_success_the_state_does_not_allow_is_a_protocol_error() =>
        Assert.Throws<ProtocolException>(() => ConnectionStateMachine.Next(Ready, MessageTag.Commit, Success, false, 8));
}
