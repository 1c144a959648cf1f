using GraphServer.Api.Documents;
using GraphServer.Api.Exports;
using GraphServer.Api.Http;
using GraphServer.Store;

namespace GraphServer.Api.Settings;

/// <summary>
/// Every setting of the server read and checked once, before anything starts: the GraphQL endpoint's limits, the
/// export limits, the addresses to listen on and the trusted-documents file. The store's own settings are checked
/// where the store opens (<c>StoreFactory</c>). A wrong value is an <see cref="InvalidSettingException"/>.
/// </summary>
internal static class ServerSettings
{
    public static GraphQLHttpOptions ReadHttp(IConfiguration configuration)
    {
        var section = new SettingsSection(configuration, GraphQLHttpOptions.Section);
        var defaults = new GraphQLHttpOptions();
        var options = new GraphQLHttpOptions
        {
            MaxRequestBytes = section.Int(nameof(defaults.MaxRequestBytes), defaults.MaxRequestBytes, 1024, 64 * 1024 * 1024),
            MaxDepth = section.Int(nameof(defaults.MaxDepth), defaults.MaxDepth, 1, 100),
            MaxComplexity = section.Int(nameof(defaults.MaxComplexity), defaults.MaxComplexity, 1, int.MaxValue),
            DefaultListSize = section.Double(nameof(defaults.DefaultListSize), defaults.DefaultListSize, 1, 10_000),
            IntrospectionCostFactor = section.Double(nameof(defaults.IntrospectionCostFactor), defaults.IntrospectionCostFactor, 0, 1),
            MaxAliases = section.Int(nameof(defaults.MaxAliases), defaults.MaxAliases, 0, 10_000),
            MaxTokens = section.Int(nameof(defaults.MaxTokens), defaults.MaxTokens, 1, 1_000_000),
            ExecutionTimeout = section.Duration(nameof(defaults.ExecutionTimeout), defaults.ExecutionTimeout,
                TimeSpan.FromMilliseconds(100), TimeSpan.FromHours(1)),
            Introspection = section.Bool(nameof(defaults.Introspection), defaults.Introspection),
            DocumentCacheSize = section.Int(nameof(defaults.DocumentCacheSize), defaults.DocumentCacheSize, 0, 1_000_000),
            TrustedDocumentsPath = section.Text(nameof(defaults.TrustedDocumentsPath), defaults.TrustedDocumentsPath),
            MaxBatchSize = section.Int(nameof(defaults.MaxBatchSize), defaults.MaxBatchSize, 1, 100_000),
            CompileSelections = section.Bool(nameof(defaults.CompileSelections), defaults.CompileSelections),
            ShutdownTimeout = section.Duration(nameof(defaults.ShutdownTimeout), defaults.ShutdownTimeout, TimeSpan.Zero, TimeSpan.FromMinutes(10)),
            MaxOperationNameSeries = section.Int(nameof(defaults.MaxOperationNameSeries), defaults.MaxOperationNameSeries, 0, 10_000),
        };
        section.RefuseUnknownKeys();
        return options;
    }

    public static ExportOptions ReadExport(IConfiguration configuration)
    {
        var section = new SettingsSection(configuration, ExportOptions.Section);
        var defaults = new ExportOptions();
        var options = new ExportOptions
        {
            MaxDepth = section.Int(nameof(defaults.MaxDepth), defaults.MaxDepth, 0, NeighbourhoodQuery.MaxDepth),
            DefaultLimit = section.Int(nameof(defaults.DefaultLimit), defaults.DefaultLimit, 1, 10_000),
            MaxLimit = section.Int(nameof(defaults.MaxLimit), defaults.MaxLimit, 1, 10_000),
            MaxIds = section.Int(nameof(defaults.MaxIds), defaults.MaxIds, 1, 10_000),
            DefaultPathHops = section.Int(nameof(defaults.DefaultPathHops), defaults.DefaultPathHops, 1, PathQuery.MaxHopsLimit),
            MaxPathHops = section.Int(nameof(defaults.MaxPathHops), defaults.MaxPathHops, 1, PathQuery.MaxHopsLimit),
            MaxPaths = section.Int(nameof(defaults.MaxPaths), defaults.MaxPaths, 1, 1000),
        };
        section.RefuseUnknownKeys();
        return options;
    }

    /// <summary>The trusted-documents file, loaded now so that a missing or wrong file stops the start.</summary>
    public static TrustedDocuments? ReadTrustedDocuments(GraphQLHttpOptions options)
    {
        if (options.TrustedDocumentsPath is not { Length: > 0 } path)
        {
            return null;
        }

        try
        {
            return TrustedDocuments.Load(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or System.Text.Json.JsonException)
        {
            throw new InvalidSettingException(
                $"GraphServer__Http__TrustedDocumentsPath='{path}' cannot be used ({FirstLine(e.Message)}); point it at a JSON object of sha256 hash to document.");
        }
    }

    /// <summary>
    /// --urls / ASPNETCORE_URLS: each address must be http(s)://host:port with a port Kestrel can use; Kestrel's own
    /// error for a bad address is a stack trace.
    /// </summary>
    public static void CheckUrls(string? urls)
    {
        if (string.IsNullOrWhiteSpace(urls))
        {
            return;
        }

        foreach (var url in urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            // Kestrel accepts * and + as "any address"; Uri does not, so test the rest with a stand-in host.
            var probe = url.Replace("://*", "://any", StringComparison.Ordinal).Replace("://+", "://any", StringComparison.Ordinal);
            var valid = Uri.TryCreate(probe, UriKind.Absolute, out var uri)
                && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
                && uri.AbsolutePath == "/" && string.IsNullOrEmpty(uri.Query);
            if (!valid)
            {
                throw new InvalidSettingException(
                    $"--urls / ASPNETCORE_URLS: '{url}' is not an address to listen on; use the form http://127.0.0.1:5080 (several separated by ';').");
            }
        }
    }

    private static string FirstLine(string text) => text.Split('\n')[0].Trim();
}
