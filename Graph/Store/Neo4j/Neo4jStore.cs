using GraphServer.Bolt;
using GraphServer.Model;
using GraphServer.Store.Validation;

namespace GraphServer.Store.Neo4j;

/// <summary>
/// The production store: Cypher over our Bolt client. Every contract call is one statement from
/// <see cref="CypherTemplates"/>, values as parameters, reads in read transactions so a cluster can route them.
/// </summary>
public sealed class Neo4jStore : IGraphStore
{
    private static readonly QueryConfig Read = new() { AccessMode = AccessMode.Read };
    private static readonly QueryConfig Write = new() { AccessMode = AccessMode.Write };

    private readonly GraphModel _model;
    private readonly BoltDriver _driver;
    private readonly CypherTemplates _templates;
    private readonly ChangeSetValidator _validator;

    public Neo4jStore(GraphModel model, BoltDriver driver)
    {
        _model = model;
        _driver = driver;
        _templates = new CypherTemplates(model);
        _validator = new ChangeSetValidator(model);
    }

    public string Name => "neo4j";

    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        await _driver.VerifyConnectivityAsync(cancellationToken).ConfigureAwait(false);
        await Neo4jSchemaSetup.ApplyAsync(_driver, _model, cancellationToken).ConfigureAwait(false);
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
        var result = await _driver.ExecuteQueryAsync(_templates.CountNodes, null, Read, cancellationToken).ConfigureAwait(false);
        return result.Records[0].Get<long>("total");
    }

    public async Task<IReadOnlyList<GraphNode>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var result = await _driver.ExecuteQueryAsync(_templates.GetNodes, IdsParameter(ids), Read, cancellationToken).ConfigureAwait(false);
        return result.Records
            .Select(r => ToNode(Neo4jValues.OwnLabel(r["labels"]), (IReadOnlyDictionary<string, object?>)r["props"]!))
            .ToList();
    }

    public async Task<NodePage> FindNodesAsync(NodeQuery query, CancellationToken cancellationToken = default)
    {
        var type = _model.GetNode(query.Label);
        var parameters = new Dictionary<string, object?> { ["skip"] = (long)query.Skip, ["take"] = (long)query.Take };
        var result = await _driver.ExecuteQueryAsync(_templates.Find(type, query.Order), parameters, Read, cancellationToken).ConfigureAwait(false);
        var record = result.Records[0];
        var nodes = ((IReadOnlyList<object?>)record["page"]!)
            .Select(p => ToNode(type.Label, (IReadOnlyDictionary<string, object?>)p!))
            .ToList();
        return new NodePage(nodes, record.Get<long>("total"));
    }

    public async Task<IReadOnlyList<Neighbour>> GetNeighboursAsync(NeighbourQuery query, CancellationToken cancellationToken = default)
    {
        var relationship = _model.FindRelationship(query.Type) ?? throw new ArgumentException($"'{query.Type}' is not a relationship type.");
        if (query.ParentIds.Count == 0)
        {
            return [];
        }

        var outgoing = query.Direction == EdgeDirection.Outgoing;
        var labels = outgoing ? relationship.To : relationship.From;
        var cypher = _templates.Neighbours(relationship, query.Direction, query.Order,
            name => labels.Any(l => _model.GetNode(l).FindProperty(name) is not null));
        var parameters = IdsParameter(query.ParentIds);
        parameters["take"] = query.TakePerParent is { } take ? (long)take : null;
        var result = await _driver.ExecuteQueryAsync(cypher, parameters, Read, cancellationToken).ConfigureAwait(false);
        return result.Records.Select(record =>
        {
            var parent = (string)record["pid"]!;
            var node = ToNode(Neo4jValues.OwnLabel(record["labels"]), (IReadOnlyDictionary<string, object?>)record["n"]!);
            var properties = Neo4jValues.ReadProperties((IReadOnlyDictionary<string, object?>)record["r"]!, relationship.Properties);
            var edge = outgoing ? new GraphEdge(relationship.Type, parent, node.Id, properties) : new GraphEdge(relationship.Type, node.Id, parent, properties);
            return new Neighbour(parent, edge, node);
        }).ToList();
    }

    public async Task ApplyAsync(ChangeSet changes, CancellationToken cancellationToken = default)
    {
        var valid = await _validator.ValidateAsync(changes, ids => LabelsAsync(ids, cancellationToken)).ConfigureAwait(false);
        if (valid.IsEmpty)
        {
            return;
        }

        await _driver.ExecuteQueryAsync(_templates.Apply, Neo4jValues.ApplyParameters(_model, valid), Write, cancellationToken)
            .ConfigureAwait(false);
    }

    public ValueTask DisposeAsync() => _driver.DisposeAsync();

    private async Task<IReadOnlyDictionary<string, string>> LabelsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        var result = await _driver.ExecuteQueryAsync(_templates.LabelsOf, IdsParameter(ids), Read, cancellationToken).ConfigureAwait(false);
        return result.Records.ToDictionary(r => (string)r["id"]!, r => Neo4jValues.OwnLabel(r["labels"]), StringComparer.Ordinal);
    }

    private GraphNode ToNode(string label, IReadOnlyDictionary<string, object?> raw)
    {
        var properties = Neo4jValues.ReadProperties(raw, _model.GetNode(label).Properties);
        return new GraphNode((string)properties[CommonProperties.Id]!, label, properties);
    }

    private static Dictionary<string, object?> IdsParameter(IReadOnlyCollection<string> ids) =>
        new() { ["ids"] = ids.Cast<object?>().ToList() };
}
