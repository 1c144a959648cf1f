using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using GraphQLParser.Visitors;

namespace GraphServer.Api.Documents;

/// <summary>Limits that depend on the document alone, checked once per distinct text: tokens before parsing, aliases after.</summary>
internal static class DocumentLimits
{
    /// <summary>Counts lexical tokens up to <paramref name="max"/> + 1; lexing is linear and allocates nothing per token.</summary>
    public static int CountTokens(string text, int max)
    {
        var count = 0;
        var position = 0;
        try
        {
            while (count <= max)
            {
                var token = Lexer.Lex(text, position);
                if (token.Kind == TokenKind.EOF)
                {
                    break;
                }

                count++;
                position = token.End;
            }
        }
        catch (GraphQLSyntaxErrorException)
        {
            // The parser reports the same error with its location; the count so far is what matters here.
        }

        return count;
    }

    public static async ValueTask<int> CountAliasesAsync(GraphQLDocument document)
    {
        var counter = new AliasCounter();
        var context = new AliasCounter.Context();
        await counter.VisitAsync(document, context).ConfigureAwait(false);
        return context.Aliases;
    }

    private sealed class AliasCounter : ASTVisitor<AliasCounter.Context>
    {
        protected override ValueTask VisitFieldAsync(GraphQLField field, Context context)
        {
            if (field.Alias is not null)
            {
                context.Aliases++;
            }

            return base.VisitFieldAsync(field, context);
        }

        public sealed class Context : IASTVisitorContext
        {
            public int Aliases { get; set; }

            public CancellationToken CancellationToken => CancellationToken.None;
        }
    }
}
