namespace GraphServer.Bolt.Protocol;

internal enum ResponseKind
{
    Success,
    Record,
    Ignored,
    Failure,
}
