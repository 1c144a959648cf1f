using GraphQL;
using GraphServer.Api.Documents;

namespace GraphServer.Api.Errors;

/// <summary>
/// One log line per refused document: its hash (which finds it again in a client's traffic or a trusted list), its
/// first characters and the error codes. Never the whole text: a refused document may be megabytes of attack, and logs
/// are kept longer and read by more people than requests.
/// </summary>
internal sealed partial class RefusedDocumentLog(ILogger<RefusedDocumentLog> logger)
{
    public const int ShownCharacters = 80;

    public void Write(string? text, ExecutionResult result)
    {
        if (!logger.IsEnabled(LogLevel.Information))
        {
            return;
        }

        var codes = string.Join(",", result.Errors?.Select(e => e.Code ?? "ERROR").Distinct() ?? []);
        LogRefused(logger, text is null ? "(none)" : DocumentHash.Of(text), Beginning(text), text?.Length ?? 0, codes);
    }

    /// <summary>The first characters with line breaks and control characters flattened, so one refusal stays one line.</summary>
    public static string Beginning(string? text)
    {
        if (text is null)
        {
            return string.Empty;
        }

        var head = text.Length <= ShownCharacters ? text : text[..ShownCharacters] + "…";
        return string.Create(head.Length, head, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = char.IsControl(source[i]) ? ' ' : source[i];
            }
        });
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Refused document {DocumentHash} ({Length} chars, starts \"{Beginning}\"): {Codes}")]
    private static partial void LogRefused(ILogger logger, string documentHash, string beginning, int length, string codes);
}
