namespace GraphServer.Api.Access;

/// <summary>The default authentication scheme: forwards to the API key, bearer or local scheme the request calls for.</summary>
internal static class CallerScheme
{
    public const string Name = "Caller";

    public static string Select(HttpContext context, AuthOptions options)
    {
        if (ApiKeyHandler.HasKey(context.Request))
        {
            return ApiKeyHandler.SchemeName;
        }

        return options.IsConfigured ? BearerSetup.Scheme : LocalCallerHandler.SchemeName;
    }
}
