namespace GraphServer.Api.Access;

/// <summary>The <c>extensions.code</c> values access control answers with.</summary>
internal static class AccessErrorCodes
{
    /// <summary>The caller's role may not read this field; the rest of the response stands.</summary>
    public const string Forbidden = "FORBIDDEN";

    /// <summary>A count below k asked for by a viewer: null, and this error at its path says it was suppressed.</summary>
    public const string SmallCountSuppressed = "SMALL_COUNT_SUPPRESSED";
}
