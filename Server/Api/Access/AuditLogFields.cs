using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphServer.Store.Access;
using Microsoft.Extensions.DependencyInjection;

namespace GraphServer.Api.Access;

/// <summary>
/// Admin-only root fields: <c>auditLog(first, after)</c> (entries in order, the cursor is the last sequence number) and
/// <c>auditVerify</c> (the chain check). Anyone else gets null and <c>FORBIDDEN</c>.
/// </summary>
internal static class AuditLogFields
{
    public const int DefaultPage = 50;
    public const int MaxPage = 500;

    public static void AddTo(IObjectGraphType query)
    {
        var entry = new ObjectGraphType { Name = "AuditEntry", Description = "One entry of the hash-chained audit log." };
        entry.Field<NonNullGraphType<StringGraphType>>("sequence").Description("Position in the chain, from 1.")
            .Resolve(c => Entry(c).Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture));
        entry.Field<NonNullGraphType<StringGraphType>>("at").Description("When (UTC, ISO 8601).").Resolve(c => Entry(c).At);
        entry.Field<NonNullGraphType<StringGraphType>>("actor").Description("Who: token subject, apikey:<id>, local or cli:<user>.")
            .Resolve(c => Entry(c).Record.Actor);
        entry.Field<NonNullGraphType<StringGraphType>>("role").Resolve(c => Entry(c).Record.Role);
        entry.Field<NonNullGraphType<StringGraphType>>("kind")
            .Description("read-personal, write-attempt (stored before a write starts), write, import, write-refused, write-failed, "
                + "apikey-create, apikey-revoke. A write's outcome names its attempt in variables: {\"attempt\": sequence}.")
            .Resolve(c => Entry(c).Record.Kind);
        entry.Field<StringGraphType>("operationName").Resolve(c => Entry(c).Record.OperationName);
        entry.Field<StringGraphType>("operationHash").Description("SHA-256 of the GraphQL document (or request).")
            .Resolve(c => Entry(c).Record.OperationHash);
        entry.Field<NonNullGraphType<StringGraphType>>("variables").Description("JSON, personal values redacted.")
            .Resolve(c => Entry(c).Record.Variables);
        entry.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("touchedIds")
            .Resolve(c => Entry(c).Record.TouchedIds);
        entry.Field<NonNullGraphType<StringGraphType>>("previousHash").Resolve(c => Entry(c).PreviousHash);
        entry.Field<NonNullGraphType<StringGraphType>>("hash").Resolve(c => Entry(c).Hash);

        var page = new ObjectGraphType { Name = "AuditLogPage", Description = "A page of the audit log, oldest first." };
        page.AddField(new FieldType
        {
            Name = "entries",
            ResolvedType = new NonNullGraphType(new ListGraphType(new NonNullGraphType(entry))),
            Resolver = new FuncFieldResolver<object?>(c => ((AuditPage)c.Source!).Entries),
        });
        page.Field<StringGraphType>("endCursor").Description("Pass as after for the next page.")
            .Resolve(c => ((AuditPage)c.Source!).EndCursor);
        page.Field<NonNullGraphType<BooleanGraphType>>("hasNextPage").Resolve(c => ((AuditPage)c.Source!).HasNextPage);

        var verification = new ObjectGraphType { Name = "AuditVerification", Description = "Whether the audit chain is intact." };
        verification.Field<NonNullGraphType<BooleanGraphType>>("intact").Resolve(c => ((AuditVerification)c.Source!).Intact);
        verification.Field<NonNullGraphType<StringGraphType>>("entries").Description("Entries checked and found in order.")
            .Resolve(c => ((AuditVerification)c.Source!).Entries.ToString(System.Globalization.CultureInfo.InvariantCulture));
        verification.Field<StringGraphType>("firstBroken").Description("Sequence of the first changed, missing or misplaced entry.")
            .Resolve(c => ((AuditVerification)c.Source!).FirstBroken?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        verification.Field<StringGraphType>("problem").Resolve(c => ((AuditVerification)c.Source!).Problem);

        query.AddField(new FieldType
        {
            Name = "auditLog",
            Description = $"Admins only: the audit log, oldest first ({DefaultPage} per page by default, at most {MaxPage}).",
            ResolvedType = page,
            Arguments = new QueryArguments(
                new QueryArgument<IntGraphType> { Name = "first" },
                new QueryArgument<StringGraphType> { Name = "after", Description = "endCursor of the page before." }),
            Resolver = new FuncFieldResolver<object?>(async c => await ReadAsync(c).ConfigureAwait(false)),
        });
        query.AddField(new FieldType
        {
            Name = "auditVerify",
            Description = "Admins only: checks the hash chain of the audit log and names the first broken entry.",
            ResolvedType = verification,
            Resolver = new FuncFieldResolver<object?>(async c => await (await StoreAsync(c).ConfigureAwait(false))
                .VerifyAsync(c.CancellationToken).ConfigureAwait(false)),
        });
    }

    private static AuditEntry Entry(IResolveFieldContext context) => (AuditEntry)context.Source!;

    private static async Task<AuditPage> ReadAsync(IResolveFieldContext context)
    {
        var store = await StoreAsync(context).ConfigureAwait(false);
        var first = context.GetArgument<int?>("first") ?? DefaultPage;
        if (first < 0 || first > MaxPage)
        {
            throw new ExecutionError($"first must be between 0 and {MaxPage}.") { Code = "PAGE_TOO_LARGE" };
        }

        var after = context.GetArgument<string?>("after") is { } cursor
            ? long.TryParse(cursor, System.Globalization.CultureInfo.InvariantCulture, out var parsed) ? parsed
                : throw new ExecutionError("after must be an endCursor of this log.") { Code = "INVALID_CURSOR" }
            : 0;
        var entries = await store.ReadAsync(after, first + 1, context.CancellationToken).ConfigureAwait(false);
        var shown = entries.Take(first).ToList();
        return new AuditPage(shown, shown.Count > 0 ? shown[^1].Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
            entries.Count > first);
    }

    private static Task<IAccessStore> StoreAsync(IResolveFieldContext context)
    {
        var role = CallerClaims.RoleOf(context.User);
        if (role < AccessRole.Admin)
        {
            throw new ExecutionError($"{context.FieldDefinition.Name} is for admins; the {AccessRoles.NameOf(role)} role may not read it.")
            {
                Code = AccessErrorCodes.Forbidden,
            };
        }

        return context.RequestServices!.GetRequiredService<AccessStoreHolder>().GetAsync();
    }

    private sealed record AuditPage(IReadOnlyList<AuditEntry> Entries, string? EndCursor, bool HasNextPage);
}
