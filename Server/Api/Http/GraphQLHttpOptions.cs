namespace GraphServer.Api.Http;

/// <summary>
/// Limits and switches of the GraphQL endpoint, bound from the configuration section <c>GraphServer:Http</c>
/// (environment: <c>GraphServer__Http__MaxDepth=12</c>). Every default protects a server open to the internet.
/// </summary>
public sealed class GraphQLHttpOptions
{
    public const string Section = "GraphServer:Http";

    /// <summary>Largest request body (POST) or query string (GET) accepted; larger gets 413.</summary>
    public int MaxRequestBytes { get; set; } = 256 * 1024;

    /// <summary>Deepest selection nesting allowed (introspection of Banana Cake Pop needs 13).</summary>
    public int MaxDepth { get; set; } = 15;

    /// <summary>
    /// Highest cost from GraphQL.NET's complexity analyzer: about one unit per field value in the response, list fields
    /// costed by first/last or else by the default page size. Two levels of relationships under a page of 50 cost
    /// about 130,000; a third level needs first arguments.
    /// </summary>
    public int MaxComplexity { get; set; } = 200_000;

    /// <summary>What a list field that takes no page arguments (introspection's, string lists) is assumed to return.</summary>
    public double DefaultListSize { get; set; } = 10;

    /// <summary>
    /// Introspection reads the schema, not the graph, so its lists are short and fixed: its cost counts at this fraction.
    /// At 0.1 Banana Cake Pop's introspection costs about 19,000, and type-recursive introspection still hits the limit.
    /// </summary>
    public double IntrospectionCostFactor { get; set; } = 0.1;

    /// <summary>Most aliased fields in one document (aliases multiply work without multiplying tokens).</summary>
    public int MaxAliases { get; set; } = 30;

    /// <summary>Most lexical tokens in one document; checked before parsing so that a huge document costs little.</summary>
    public int MaxTokens { get; set; } = 5_000;

    /// <summary>Execution stops (and store calls are cancelled) after this long.</summary>
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Whether __schema and __type may be queried (Banana Cake Pop needs it).</summary>
    public bool Introspection { get; set; } = true;

    /// <summary>How many distinct parsed and validated documents are kept.</summary>
    public int DocumentCacheSize { get; set; } = 1_000;

    /// <summary>
    /// A JSON file mapping sha256 hashes to documents. When set, only those documents run (trusted documents); clients
    /// may send just <c>extensions.persistedQuery.sha256Hash</c>.
    /// </summary>
    public string? TrustedDocumentsPath { get; set; }

    /// <summary>Keys per DataLoader store call.</summary>
    public int MaxBatchSize { get; set; } = 500;

    /// <summary>Whether root fields compile the relationship fields below them into one store plan (off: a DataLoader per level).</summary>
    public bool CompileSelections { get; set; } = true;

    /// <summary>On SIGTERM, how long requests already running may take to finish; new ones get 503 meanwhile.</summary>
    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>
    /// Operation names that get their own metric series; later new names share the series <c>other</c>. Any client
    /// picks its operation names, so without a bound each new name would add series to every scrape for good.
    /// </summary>
    public int MaxOperationNameSeries { get; set; } = 200;
}
