namespace GraphServer.Store.Access;

/// <summary>
/// The append-only audit log, kept beside the graph (SQLite tables in the embedded store's database, <c>:AuditEntry</c>
/// nodes in Neo4j, outside the <c>:Entity</c> label every graph query matches, so no query or export sees it). Each entry
/// carries the SHA-256 of the one before, and a head records the last one, so a changed, removed or reordered entry
/// breaks the chain at a place <see cref="VerifyAsync"/> names. Appends are serialised: concurrent writers get distinct,
/// consecutive sequence numbers.
/// </summary>
public interface IAuditLog
{
    Task<AuditEntry> AppendAsync(AuditRecord record, CancellationToken cancellationToken = default);

    /// <summary>Entries after <paramref name="afterSequence"/> in order, at most <paramref name="take"/>.</summary>
    Task<IReadOnlyList<AuditEntry>> ReadAsync(long afterSequence, int take, CancellationToken cancellationToken = default);

    Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken = default);
}
