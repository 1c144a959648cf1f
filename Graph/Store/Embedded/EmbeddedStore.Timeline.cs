using System.Globalization;
using System.Text;
using GraphServer.Model;
using GraphServer.Store.Planning;
using GraphServer.Store.Querying;
using Microsoft.Data.Sqlite;

namespace GraphServer.Store.Embedded;

/// <summary>
/// A plan's timeline root as ONE statement: the breadth-first walk unrolled into one CTE per hop (each hop the new nodes
/// next to the hop before, run only while no more than the node limit were reached, as <see cref="GetNeighbourhoodAsync"/>
/// stops), the nearest nodes kept (by distance, then id), of those the dated events that may fall in the window, ordered
/// and cut in SQL, and their sources. The answer is <see cref="TimelineWalk"/>'s; the walk that read one statement per
/// hop, the kept nodes again, their edges and the events' sources cost 5 to 7 statements.
/// </summary>
public sealed partial class EmbeddedStore
{
    private async Task<PlanResult> TimelineRootAsync(
        ReadSession session, PlanQuery plan, PlanTimeline timeline, CancellationToken cancellationToken)
    {
        var types = TraversalLimits.CheckNeighbourhood(_model, timeline.Walk);
        await using var command = session.Command();
        command.CommandText = TimelineStatement(command, timeline, types);
        var events = new List<GraphNode>();
        var distances = new List<int>();
        var cited = new Dictionary<long, List<Citation>>();
        var truncated = false;
        await using (var reader = await command.ExecuteTracedReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                switch (reader.GetInt32(0))
                {
                    case 0:
                        events.Add(ToNode(reader.GetString(2), reader.GetString(3), reader.GetString(4), plan.RootProperties));
                        distances.Add(reader.GetInt32(5));
                        break;
                    case 1:
                        AddCitation(cited, reader, timeline.AsOf);
                        break;
                    default:
                        truncated = reader.GetInt64(1) != 0;
                        break;
                }
            }
        }

        var nodes = events.Select((n, i) => n with { Sources = cited.GetValueOrDefault(i + 1) ?? [] }).ToList();
        return new PlanResult(new NodePage(nodes, nodes.Count)) { Distances = distances, Truncated = truncated };
    }

    /// <summary>A row of part 1: the event's rank, the source's id, label and properties, the CITES edge's properties.</summary>
    private void AddCitation(Dictionary<long, List<Citation>> cited, SqliteDataReader reader, DateOnly? asOf)
    {
        var source = ToNode(reader.GetString(2), reader.GetString(3), reader.GetString(4));
        if (!IsKnown(source, asOf))
        {
            return;
        }

        var quote = PropertyJson.Read(reader.GetString(5), _model.Citation!.Properties).GetValueOrDefault(CommonProperties.Quote) as string;
        var rank = reader.GetInt64(1);
        if (!cited.TryGetValue(rank, out var list))
        {
            cited[rank] = list = [];
        }

        list.Add(new Citation(source, string.IsNullOrEmpty(quote) ? null : quote));
    }

    /// <summary>
    /// Rows: part 0 the kept events (rank, id, label, props, distance), part 1 their citations (rank, source id, label, props,
    /// edge props), part 2 whether the node limit cut the walk; in that order, events by rank, citations by source id.
    /// </summary>
    private string TimelineStatement(SqliteCommand command, PlanTimeline timeline, IReadOnlyList<string> types)
    {
        command.Parameters.AddWithValue("$of", timeline.Of);
        command.Parameters.AddWithValue("$limit", timeline.NodeLimit);
        command.Parameters.AddWithValue("$first", Math.Max(0, timeline.First));
        command.Parameters.AddWithValue("$event", timeline.EventLabel);
        var typeCondition = TypeCondition(command, types);
        var edgeAsOf = EdgeAsOf(command, timeline.AsOf);
        var text = new StringBuilder("WITH w0(id) AS MATERIALIZED (SELECT n.id FROM nodes AS n WHERE n.id = $of")
            .Append(NodeConditions(command, null, "n", AllLabels, timeline.AsOf)).Append(')');
        var seen = "SELECT id FROM w0";
        var count = "(SELECT count(*) FROM w0)";
        for (var hop = 1; hop <= timeline.Hops; hop++)
        {
            var before = "w" + (hop - 1).ToString(CultureInfo.InvariantCulture);
            // A far end is reached only when it is visible on the day (the walk's own test); without asOf every end is.
            string Side(string near, string far) => timeline.AsOf is null
                ? $"SELECT e.{far} AS id FROM {before} AS f CROSS JOIN edges AS e ON e.{near} = f.id WHERE 1{typeCondition}"
                : $"SELECT e.{far} AS id FROM {before} AS f CROSS JOIN edges AS e ON e.{near} = f.id " +
                  $"CROSS JOIN nodes AS m ON m.id = e.{far} " +
                  $"WHERE 1{typeCondition}{edgeAsOf} AND {SqlAsOf.Node(_model, "m", AllLabels)}";
            // The guard is uncorrelated, so SQLite tests it once: a hop after the limit was passed reads nothing. CROSS JOIN
        // keeps the hop's few nodes outside: without statistics on a CTE, SQLite would scan every edge and probe the hop.
            text.Append(",\nw").Append(hop).Append("(id) AS MATERIALIZED (SELECT id FROM (").Append(Side("from_id", "to_id"))
                .Append(" UNION ").Append(Side("to_id", "from_id")).Append(") WHERE ").Append(count).Append(" <= $limit AND id NOT IN (")
                .Append(seen).Append("))");
            seen += $" UNION ALL SELECT id FROM w{hop}";
            count += $" + (SELECT count(*) FROM w{hop})";
        }

        var walked = string.Join(" UNION ALL ", Enumerable.Range(0, timeline.Hops + 1).Select(hop => $"SELECT id, {hop} FROM w{hop}"));
        var date = SqlNames.Property("n", timeline.DateProperty);
        var window = new StringBuilder($"n.label = $event AND json_type(n.props, '$.{SqlNames.Checked(timeline.DateProperty)}') = 'text'");
        if (timeline.From is { } from)
        {
            // The event's last day is on or after $from: its own text is not before $from cut to its length.
            command.Parameters.AddWithValue("$from", from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            window.Append($" AND {date} >= substr($from, 1, length({date}))");
        }

        if (timeline.To is { } to)
        {
            command.Parameters.AddWithValue("$to", to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            window.Append($" AND {date} <= substr($to, 1, length({date}))");
        }

        // A partial date orders by its first day (as text), the coarser first, then the nearer, then the id.
        var firstDay = $"CASE length({date}) WHEN 4 THEN {date} || '-01-01' WHEN 7 THEN {date} || '-01' ELSE {date} END";
        text.Append($"""
            ,
            walked(id, d) AS ({walked}),
            kept(id, d) AS MATERIALIZED (SELECT id, d FROM walked ORDER BY d, id LIMIT $limit),
            events AS MATERIALIZED (
              SELECT n.id, n.label, n.props, k.d, row_number() OVER (ORDER BY {firstDay}, length({date}), k.d, n.id) AS rank
              FROM kept AS k CROSS JOIN nodes AS n ON n.id = k.id WHERE {window} ORDER BY rank LIMIT $first)
            SELECT 0, rank, id, label, props, d FROM events
            """);
        if (_model.Citation is { } citation)
        {
            command.Parameters.AddWithValue("$cites", citation.Type);
            text.Append("""

                UNION ALL
                SELECT 1, v.rank, s.id, s.label, s.props, e.props FROM events AS v
                  CROSS JOIN edges AS e ON e.from_id = v.id AND e.type = $cites CROSS JOIN nodes AS s ON s.id = e.to_id
                """);
        }

        text.Append($"\nUNION ALL\nSELECT 2, {count} > $limit, NULL, NULL, NULL, NULL\nORDER BY 1, 2, 3");
        return text.ToString();
    }
}
