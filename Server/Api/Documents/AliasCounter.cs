using GraphQLParser.AST;
using GraphQLParser.Visitors;

namespace GraphServer.Api.Documents;

/// <summary>Counts aliased fields in a document, fragments included: aliases let one request repeat a costly field.</summary>
internal sealed class AliasCounter : ASTVisitor<AliasCounter>, IASTVisitorContext
{
    public int Aliases { get; private set; }

    public CancellationToken CancellationToken => CancellationToken.None;

    protected override ValueTask VisitFieldAsync(GraphQLField field, AliasCounter context)
    {
        if (field.Alias is not null)
        {
            context.Aliases++;
        }

        return base.VisitFieldAsync(field, context);
    }
}
