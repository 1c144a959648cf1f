namespace GraphServer.Store.Access;

/// <summary>One link of the audit chain: the record, its place and time, and the hashes that tie it to the one before.</summary>
public sealed record AuditEntry(long Sequence, string At, AuditRecord Record, string PreviousHash, string Hash);
