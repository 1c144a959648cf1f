using GraphServer.Model;

namespace GraphServer.Api.Access;

/// <summary>
/// What access control adds to the generated schema before it is initialised: the role rules on the generated types
/// (<see cref="AccessSchemaVisitor"/>), the admin-only audit fields (<see cref="AuditLogFields"/>) and the editor-only,
/// audited writes (<see cref="WriteAccessResolver"/>).
/// </summary>
internal static class AccessSchema
{
    public static void Extend(GraphQL.Types.Schema schema, GraphModel model, AuthOptions options)
    {
        schema.RegisterVisitor(new AccessSchemaVisitor(model, options.SmallCountThreshold));
        AuditLogFields.AddTo(schema.Query);
        WriteAccessResolver.Guard(schema.Mutation);
    }
}
