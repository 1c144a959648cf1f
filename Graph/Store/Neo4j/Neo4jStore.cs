using GraphServer.Bolt;
using GraphServer.Model;
using GraphServer.Store.Querying;
using GraphServer.Store.Validation;

namespace GraphServer.Store.Neo4j;

/// <summary>
/// The production store: Cypher over our Bolt client. Every contract call is one statement from
/// <see cref="CypherTemplates"/>, values as parameters, reads in read transactions so a cluster can route them.
/// </summary>
public sealed partial class Neo4jStore : IGraphStore
{
    public static readonly TimeSpan DefaultQueryTimeout = TimeSpan.FromSeconds(60);

    private static readonly QueryConfig Read = new() { AccessMode = AccessMode.Read };
    private static readonly QueryConfig Write = new() { AccessMode = AccessMode.Write };

    private readonly GraphModel _model;
    private readonly BoltDriver _driver;
    private readonly CypherTemplates _templates;
    private readonly ChangeSetValidator _validator;
    private readonly FilterNormaliser _filters;
    private readonly QueryConfig _bounded;

    /// <summary>Set on a snapshot's view (<see cref="OpenSnapshotAsync"/>): every read runs in this explicit transaction.</summary>
    private readonly IAsyncTransaction? _snapshot;

    /// <param name="queryTimeout">
    /// Server-side limit on each read, so a runaway traversal (all paths of six hops through a hub) is stopped by Neo4j
    /// instead of holding a connection; defaults to <see cref="DefaultQueryTimeout"/>.
    /// </param>
    public Neo4jStore(GraphModel model, BoltDriver driver, TimeSpan? queryTimeout = null)
    {
        _bounded = new QueryConfig { AccessMode = AccessMode.Read, Timeout = queryTimeout ?? DefaultQueryTimeout };
        _model = model;
        _driver = driver;
        _templates = new CypherTemplates(model);
        _validator = new ChangeSetValidator(model);
        _filters = new FilterNormaliser(model);
    }

    /// <summary>A view of <paramref name="owner"/> whose reads all run in <paramref name="snapshot"/>.</summary>
    private Neo4jStore(Neo4jStore owner, IAsyncTransaction snapshot)
    {
        _bounded = owner._bounded;
        _model = owner._model;
        _driver = owner._driver;
        _templates = owner._templates;
        _validator = owner._validator;
        _filters = owner._filters;
        StatementObserver = owner.StatementObserver;
        _snapshot = snapshot;
    }

    public string Name => "neo4j";

    /// <summary>The connection pool, shared with what the store keeps beside the graph (the audit log, API keys).</summary>
    public BoltDriver Driver => _driver;

    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        RefuseInSnapshot();
        await _driver.VerifyConnectivityAsync(cancellationToken).ConfigureAwait(false);
        await Neo4jSchemaSetup.ApplyAsync(_driver, _model, cancellationToken).ConfigureAwait(false);
        await _driver.ExecuteQueryAsync(_templates.BackfillVersions, null, Write, cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> PingAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            var result = await _driver.ExecuteQueryAsync("RETURN 1 AS ok", null, Read, cancellationToken).ConfigureAwait(false);
            return result.Records.Count == 1;
        }
        catch (Exception e) when (e is Neo4jException or IOException or TimeoutException)
        {
            return false;
        }
    }

    public async Task<long> CountNodesAsync(CancellationToken cancellationToken = default)
    {
        var result = _snapshot is null
            ? await _driver.ExecuteQueryAsync(_templates.CountNodes, null, Read, cancellationToken).ConfigureAwait(false)
            : await ReadAsync(_templates.CountNodes, new Dictionary<string, object?>(), cancellationToken).ConfigureAwait(false);
        return result.Records[0].Get<long>("total");
    }

    public async Task<IReadOnlyList<GraphNode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var result = await ReadAsync(_templates.GetNodes, IdsParameter(ids), cancellationToken).ConfigureAwait(false);
        return result.Records
            .Select(r => FromEntity(r["n"]))
            .ToList();
    }

    public async Task<IReadOnlyList<GraphNode>> GetNodesAsync(
        IReadOnlyCollection<string> ids, bool withSources, CancellationToken cancellationToken = default)
    {
        if (!withSources || ids.Count == 0)
        {
            return await GetNodesAsync(ids, cancellationToken).ConfigureAwait(false);
        }

        var cypher = $"MATCH (n:{Cypher.EntityLabel}) WHERE n.id IN $ids RETURN n, {CypherSources.OfNode(_model, "n", false)} AS sources";
        var result = await ReadAsync(cypher, IdsParameter(ids), cancellationToken).ConfigureAwait(false);
        return result.Records.Select(r => WithSources(FromEntity(r["n"]), r["sources"])).ToList();
    }

    /// <summary>A snapshot's view owns nothing: the snapshot ends its transaction, the owner keeps the driver.</summary>
    public ValueTask DisposeAsync() => _snapshot is null ? _driver.DisposeAsync() : ValueTask.CompletedTask;

    /// <summary>Sees every read statement with its parameters before it is sent: the benchmarks PROFILE exactly what the store runs.</summary>
    internal Action<string, IReadOnlyDictionary<string, object?>>? StatementObserver { get; set; }

    private Task<QueryResult> ReadAsync(string cypher, CypherParameters parameters, CancellationToken cancellationToken) =>
        ReadAsync(cypher, parameters.Values, cancellationToken);

    private Task<QueryResult> ReadAsync(string cypher, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken)
    {
        StatementObserver?.Invoke(cypher, parameters);
        return _snapshot is null
            ? _driver.ExecuteQueryAsync(cypher, parameters, _bounded, cancellationToken)
            : ReadInSnapshotAsync(_snapshot, cypher, parameters, cancellationToken);
    }

    /// <summary>The conditions on a node (filter, as of) as Cypher, their values added to <paramref name="parameters"/>.</summary>
    private List<string> NodeConditions(CypherParameters parameters, Filter? where, string variable, IReadOnlyList<string> labels, DateOnly? asOf)
    {
        var conditions = new List<string>();
        if (asOf is not null)
        {
            parameters.Set(CypherAsOf.Parameter[1..], AsOfDay.Format(asOf));
            conditions.Add(CypherAsOf.Node(_model, variable, labels));
        }

        if (where is not null)
        {
            conditions.Add(new CypherFilter(_model, parameters, asOf is not null).Compile(where, variable, labels));
        }

        return conditions;
    }

    private static string Where(IReadOnlyCollection<string> conditions) => conditions.Count == 0 ? string.Empty : " WHERE " + string.Join(" AND ", conditions);

    /// <summary>
    /// A node returned as a graph entity (<c>RETURN n</c>): its labels and properties travel with it, which costs
    /// Neo4j fewer db hits than projecting <c>labels(n)</c> and <c>properties(n)</c>.
    /// </summary>
    private GraphNode FromEntity(object? value)
    {
        var node = (Node)value!;
        return ToNode(Neo4jValues.OwnLabel(node.Labels), node.Properties);
    }

    /// <summary>A relationship entity, its ends named by the ids of nodes in the same answer (looked up by element id).</summary>
    private GraphEdge FromEntity(object? value, IReadOnlyDictionary<string, string> idsByElementId)
    {
        var relationship = (Relationship)value!;
        var type = _model.FindRelationship(relationship.Type)!;
        return new GraphEdge(type.Type, idsByElementId[relationship.StartNodeElementId], idsByElementId[relationship.EndNodeElementId],
            Neo4jValues.ReadProperties(relationship.Properties, type.Properties));
    }

    private GraphNode WithSources(GraphNode node, object? sources) =>
        node with { Sources = CypherSources.Read(sources, FromEntity, bySourceId: true) };

    private GraphEdge WithSources(GraphEdge edge, object? sources) =>
        edge with { Sources = CypherSources.Read(sources, FromEntity, bySourceId: false) };

    private GraphNode ToNode(string label, IReadOnlyDictionary<string, object?> raw)
    {
        var properties = Neo4jValues.ReadProperties(raw, _model.GetNode(label).Properties);
        return new GraphNode((string)properties[CommonProperties.Id]!, label, properties);
    }

    private static Dictionary<string, object?> IdsParameter(IReadOnlyCollection<string> ids) =>
        new() { ["ids"] = ids.Cast<object?>().ToList() };
}
