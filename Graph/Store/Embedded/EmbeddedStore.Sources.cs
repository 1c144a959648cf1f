using System.Text.Json;
using GraphServer.Model;
using GraphServer.Store.Querying;

namespace GraphServer.Store.Embedded;

/// <summary>
/// Sources of the records a read returns, in the read's own transaction (so from the same snapshot): one statement for
/// the nodes' CITES edges and their Sources, one lookup of the Sources the relationships name.
/// </summary>
public sealed partial class EmbeddedStore
{
    public async Task<IReadOnlyList<GraphNode>> GetNodesAsync(
        IReadOnlyCollection<string> ids, bool withSources, CancellationToken cancellationToken = default)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        await using var session = await ReadAsync(cancellationToken);
        var nodes = await GetNodesAsync(session, ids, cancellationToken);
        return withSources ? await WithSourcesAsync(session, nodes, null, cancellationToken) : nodes;
    }

    private async Task<IReadOnlyList<GraphNode>> WithSourcesAsync(
        ReadSession session, IReadOnlyList<GraphNode> nodes, DateOnly? asOf, CancellationToken cancellationToken)
    {
        var citations = await NodeCitationsAsync(session, nodes.Select(n => n.Id).Distinct(StringComparer.Ordinal).ToList(), asOf, cancellationToken);
        return nodes.Select(n => n with { Sources = citations.GetValueOrDefault(n.Id) ?? [] }).ToList();
    }

    private async Task<IReadOnlyList<Neighbour>> WithSourcesAsync(
        ReadSession session, IReadOnlyList<Neighbour> neighbours, DateOnly? asOf, CancellationToken cancellationToken)
    {
        var nodeIds = neighbours.Select(n => n.Node.Id).Distinct(StringComparer.Ordinal).ToList();
        var citations = await NodeCitationsAsync(session, nodeIds, asOf, cancellationToken);
        var named = neighbours.SelectMany(n => SourceIdsOf(n.Edge)).Distinct(StringComparer.Ordinal).ToList();
        var sources = (await GetNodesAsync(session, named, cancellationToken))
            .Where(s => s.Label == _model.SourceLabel && IsKnown(s, asOf))
            .ToDictionary(s => s.Id, StringComparer.Ordinal);
        return neighbours.Select(n =>
        {
            var quotes = n.Edge.Properties.GetValueOrDefault(CommonProperties.Quotes) as IReadOnlyList<string>;
            var edgeSources = SourceIdsOf(n.Edge)
                .Select((id, i) => (Id: id, Quote: quotes is not null && i < quotes.Count && quotes[i].Length > 0 ? quotes[i] : null))
                .Where(c => sources.ContainsKey(c.Id))
                .Select(c => new Citation(sources[c.Id], c.Quote))
                .ToList();
            return n with
            {
                Node = n.Node with { Sources = citations.GetValueOrDefault(n.Node.Id) ?? [] },
                Edge = n.Edge with { Sources = edgeSources },
            };
        }).ToList();
    }

    /// <summary>Citations of each node through CITES, ordered by source id; under as-of, only sources known on the day.</summary>
    private async Task<Dictionary<string, List<Citation>>> NodeCitationsAsync(
        ReadSession session, IReadOnlyCollection<string> ids, DateOnly? asOf, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, List<Citation>>(StringComparer.Ordinal);
        if (ids.Count == 0 || _model.Citation is not { } citation)
        {
            return result;
        }

        await using var command = session.Command();
        command.CommandText = """
            SELECT e.from_id, e.props, s.id, s.label, s.props FROM json_each($ids) AS k
            JOIN edges AS e ON e.from_id = k.value AND e.type = $cites
            JOIN nodes AS s ON s.id = e.to_id
            ORDER BY e.from_id, s.id
            """;
        command.Parameters.AddWithValue("$ids", JsonSerializer.Serialize(ids));
        command.Parameters.AddWithValue("$cites", citation.Type);
        await using var reader = await command.ExecuteTracedReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var source = ToNode(reader.GetString(2), reader.GetString(3), reader.GetString(4));
            if (!IsKnown(source, asOf))
            {
                continue;
            }

            var quote = PropertyJson.Read(reader.GetString(1), citation.Properties).GetValueOrDefault(CommonProperties.Quote) as string;
            if (!result.TryGetValue(reader.GetString(0), out var list))
            {
                result[reader.GetString(0)] = list = [];
            }

            list.Add(new Citation(source, string.IsNullOrEmpty(quote) ? null : quote));
        }

        return result;
    }

    private static IEnumerable<string> SourceIdsOf(GraphEdge edge) =>
        edge.Properties.GetValueOrDefault(CommonProperties.SourceIds) as IEnumerable<string> ?? [];

    /// <summary>The same test as the Neo4j store's: a source not yet known on the as-of day is left out.</summary>
    private static bool IsKnown(GraphNode source, DateOnly? asOf) =>
        asOf is null || source[CommonProperties.KnownFrom] is not string known || string.CompareOrdinal(known, AsOfDay.Format(asOf)) <= 0;
}
