using Microsoft.Data.Sqlite;

namespace GraphServer.Store.Embedded;

/// <summary>Writes a validated change set inside the caller's transaction, with one prepared statement per kind of row.</summary>
internal static class SqliteWriter
{
    public static async Task WriteAsync(SqliteConnection connection, SqliteTransaction transaction, ChangeSet changes, CancellationToken cancellationToken)
    {
        if (changes.Nodes.Count > 0)
        {
            await using var upsert = connection.CreateCommand();
            upsert.Transaction = transaction;
            // A node keeps its label for life: an upsert that names another label for a stored id fails the whole change set.
            upsert.CommandText = """
                INSERT INTO nodes (id, label, props) VALUES ($id, $label, $props)
                ON CONFLICT (id) DO UPDATE SET props = excluded.props WHERE nodes.label = excluded.label
                RETURNING label
                """;
            var id = upsert.Parameters.Add("$id", SqliteType.Text);
            var label = upsert.Parameters.Add("$label", SqliteType.Text);
            var props = upsert.Parameters.Add("$props", SqliteType.Text);
            foreach (var node in changes.Nodes)
            {
                id.Value = node.Id;
                label.Value = node.Label;
                props.Value = PropertyJson.Write(node.Properties);
                if (await upsert.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is null)
                {
                    throw new Validation.ChangeSetValidationException(
                        [new Validation.ValidationProblem(false, 0, $"node ({node.Id})", "label", $"a stored node with this id is not a {node.Label}")]);
                }
            }
        }

        if (changes.Edges.Count > 0)
        {
            await using var link = connection.CreateCommand();
            link.Transaction = transaction;
            link.CommandText = """
                INSERT INTO edges (from_id, type, to_id, props) VALUES ($from, $type, $to, $props)
                ON CONFLICT (from_id, type, to_id) DO UPDATE SET props = excluded.props
                """;
            var from = link.Parameters.Add("$from", SqliteType.Text);
            var type = link.Parameters.Add("$type", SqliteType.Text);
            var to = link.Parameters.Add("$to", SqliteType.Text);
            var props = link.Parameters.Add("$props", SqliteType.Text);
            foreach (var edge in changes.Edges)
            {
                from.Value = edge.FromId;
                type.Value = edge.Type;
                to.Value = edge.ToId;
                props.Value = PropertyJson.Write(edge.Properties);
                await link.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
