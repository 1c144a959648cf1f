using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

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
        await counter.VisitAsync(document, counter).ConfigureAwait(false);
        return counter.Aliases;
    }
}
