using GraphServer.Bolt;

namespace GraphServer.Store.Access;

/// <summary>
/// The audit log and API keys in Neo4j: <c>(:AuditEntry)</c> nodes, one <c>(:AuditHead {id: 'audit'})</c> and
/// <c>(:ApiKey)</c> nodes, none with the <c>:Entity</c> label every graph query starts from, and no relationships, so
/// no traversal, search or export reaches them. An append locks the head (SET before reading it) for its transaction,
/// so concurrent appends queue and each reads the head the one before it wrote.
/// </summary>
public sealed class Neo4jAccessStore(BoltDriver driver, TimeProvider? time = null) : IAccessStore
{
    private const string LockHead = """
        MERGE (h:AuditHead {id: 'audit'}) ON CREATE SET h.sequence = 0, h.hash = $genesis
        SET h.locked = coalesce(h.locked, 0) + 1
        RETURN h.sequence AS sequence, h.hash AS hash
        """;

    private const string Append = """
        CREATE (:AuditEntry {sequence: $sequence, at: $at, actor: $actor, role: $role, kind: $kind, operationName: $name,
            operationHash: $operation, variables: $variables, touchedIds: $ids, previousHash: $previous, hash: $hash})
        WITH 1 AS done
        MATCH (h:AuditHead {id: 'audit'}) SET h.sequence = $sequence, h.hash = $hash
        """;

    private const string Entries = """
        MATCH (e:AuditEntry) WHERE e.sequence > $after
        RETURN e.sequence AS sequence, e.at AS at, e.actor AS actor, e.role AS role, e.kind AS kind, e.operationName AS name,
            e.operationHash AS operation, e.variables AS variables, e.touchedIds AS ids, e.previousHash AS previous, e.hash AS hash
        ORDER BY e.sequence LIMIT $take
        """;

    private const string KeyColumns = "k.id AS id, k.name AS name, k.role AS role, k.createdAt AS created, k.revokedAt AS revoked";

    private static readonly QueryConfig Read = new() { AccessMode = AccessMode.Read };
    private static readonly QueryConfig Write = new() { AccessMode = AccessMode.Write };

    private readonly TimeProvider _time = time ?? TimeProvider.System;

    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        foreach (var statement in new[]
        {
            "CREATE CONSTRAINT audit_entry_sequence IF NOT EXISTS FOR (e:AuditEntry) REQUIRE e.sequence IS UNIQUE",
            "CREATE CONSTRAINT audit_head_id IF NOT EXISTS FOR (h:AuditHead) REQUIRE h.id IS UNIQUE",
            "CREATE CONSTRAINT api_key_id IF NOT EXISTS FOR (k:ApiKey) REQUIRE k.id IS UNIQUE",
            "CREATE CONSTRAINT api_key_hash IF NOT EXISTS FOR (k:ApiKey) REQUIRE k.hash IS UNIQUE",
        })
        {
            await driver.ExecuteQueryAsync(statement, null, Write, cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task<AuditEntry> AppendAsync(AuditRecord record, CancellationToken cancellationToken = default)
    {
        await using var session = driver.AsyncSession();
        return await session.ExecuteWriteAsync(async tx =>
        {
            var genesis = new Dictionary<string, object?> { ["genesis"] = AuditChain.Genesis };
            var head = await (await tx.RunAsync(LockHead, genesis, cancellationToken).ConfigureAwait(false))
                .SingleAsync(cancellationToken).ConfigureAwait(false);
            var at = AuditChain.Timestamp(_time.GetUtcNow());
            var entry = AuditChain.Link(head.Get<long>("sequence") + 1, at, record, head.Get<string>("hash"));
            var cursor = await tx.RunAsync(Append, new Dictionary<string, object?>
            {
                ["sequence"] = entry.Sequence,
                ["at"] = entry.At,
                ["actor"] = record.Actor,
                ["role"] = record.Role,
                ["kind"] = record.Kind,
                ["name"] = record.OperationName,
                ["operation"] = record.OperationHash,
                ["variables"] = record.Variables,
                ["ids"] = record.TouchedIds.ToList(),
                ["previous"] = entry.PreviousHash,
                ["hash"] = entry.Hash,
            }, cancellationToken).ConfigureAwait(false);
            await cursor.ConsumeAsync(cancellationToken).ConfigureAwait(false);
            return entry;
        }, null, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<AuditEntry>> ReadAsync(long afterSequence, int take, CancellationToken cancellationToken = default)
    {
        var parameters = new Dictionary<string, object?> { ["after"] = afterSequence, ["take"] = (long)take };
        var result = await driver.ExecuteQueryAsync(Entries, parameters, Read, cancellationToken).ConfigureAwait(false);
        return result.Records.Select(ToEntry).ToList();
    }

    public async Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken = default)
    {
        await using var session = driver.AsyncSession();
        return await session.ExecuteReadAsync(async tx =>
        {
            var heads = await (await tx.RunAsync("MATCH (h:AuditHead {id: 'audit'}) RETURN h.sequence AS sequence, h.hash AS hash", null,
                cancellationToken).ConfigureAwait(false)).ToListAsync(cancellationToken).ConfigureAwait(false);
            var entries = await (await tx.RunAsync(Entries, new Dictionary<string, object?> { ["after"] = 0L, ["take"] = long.MaxValue },
                cancellationToken).ConfigureAwait(false)).ToListAsync(cancellationToken).ConfigureAwait(false);
            return heads.Count == 0
                ? AuditChain.Verify(entries.Select(ToEntry), 0, AuditChain.Genesis)
                : AuditChain.Verify(entries.Select(ToEntry), heads[0].Get<long>("sequence"), heads[0].Get<string>("hash"));
        }, null, cancellationToken).ConfigureAwait(false);
    }

    public async Task<CreatedApiKey> CreateAsync(string name, AccessRole role, CancellationToken cancellationToken = default)
    {
        var (id, secret) = ApiKeySecret.Create();
        var key = new ApiKey(id, name, role, _time.GetUtcNow(), null);
        await driver.ExecuteQueryAsync(
            "CREATE (:ApiKey {id: $id, name: $name, role: $role, hash: $hash, createdAt: $created})",
            new Dictionary<string, object?>
            {
                ["id"] = id,
                ["name"] = name,
                ["role"] = AccessRoles.NameOf(role),
                ["hash"] = ApiKeySecret.Hash(secret),
                ["created"] = AuditChain.Timestamp(key.CreatedAt),
            },
            Write, cancellationToken).ConfigureAwait(false);
        return new CreatedApiKey(key, secret);
    }

    public async Task<ApiKey?> FindActiveAsync(string secret, CancellationToken cancellationToken = default)
    {
        var result = await driver.ExecuteQueryAsync(
            $"MATCH (k:ApiKey {{hash: $hash}}) WHERE k.revokedAt IS NULL RETURN {KeyColumns}",
            new Dictionary<string, object?> { ["hash"] = ApiKeySecret.Hash(secret) }, Read, cancellationToken).ConfigureAwait(false);
        return result.Records.Count == 1 ? ToKey(result.Records[0]) : null;
    }

    public async Task<bool> RevokeAsync(string id, CancellationToken cancellationToken = default)
    {
        var result = await driver.ExecuteQueryAsync(
            "MATCH (k:ApiKey {id: $id}) WHERE k.revokedAt IS NULL SET k.revokedAt = $now RETURN k.id AS id",
            new Dictionary<string, object?> { ["id"] = id, ["now"] = AuditChain.Timestamp(_time.GetUtcNow()) }, Write, cancellationToken)
            .ConfigureAwait(false);
        return result.Records.Count == 1;
    }

    public async Task<IReadOnlyList<ApiKey>> ListAsync(CancellationToken cancellationToken = default)
    {
        var result = await driver.ExecuteQueryAsync(
            $"MATCH (k:ApiKey) RETURN {KeyColumns} ORDER BY k.createdAt, k.id", null, Read, cancellationToken).ConfigureAwait(false);
        return result.Records.Select(ToKey).ToList();
    }

    private static AuditEntry ToEntry(BoltRecord r) => new(
        r.Get<long>("sequence"),
        r.Get<string>("at"),
        new AuditRecord(r.Get<string>("actor"), r.Get<string>("role"), r.Get<string>("kind"), r["name"] as string, r["operation"] as string,
            r.Get<string>("variables"), ((IEnumerable<object?>?)r["ids"] ?? []).Select(id => (string)id!).ToList()),
        r.Get<string>("previous"),
        r.Get<string>("hash"));

    private static ApiKey ToKey(BoltRecord r)
    {
        _ = AccessRoles.TryParse(r.Get<string>("role"), out var role);
        return new ApiKey(r.Get<string>("id"), r.Get<string>("name"), role, Instant(r.Get<string>("created")),
            r["revoked"] is string revoked ? Instant(revoked) : null);
    }

    private static DateTimeOffset Instant(string text) =>
        DateTimeOffset.Parse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal);
}
