namespace GraphServer.Store.Access;

/// <summary>The outcome of checking the chain: intact, or the first entry that is changed, missing or out of place, and why.</summary>
public sealed record AuditVerification(bool Intact, long Entries, long? FirstBroken, string? Problem)
{
    public override string ToString() => Intact
        ? $"audit log intact: {Entries} entries"
        : $"audit log broken at entry {FirstBroken}: {Problem}";
}
