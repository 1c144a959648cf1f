using GraphServer.Model;
using GraphServer.Store.Validation;
using Microsoft.Data.Sqlite;

namespace GraphServer.Store.Embedded;

/// <summary>
/// Writes a validated change set inside the caller's transaction, with one prepared statement per kind of row:
/// deletions first, then node upserts (keeping the text index in step), then relationship upserts.
/// </summary>
internal static class SqliteWriter
{
    public static async Task WriteAsync(
        SqliteConnection connection, SqliteTransaction transaction, GraphModel model, ChangeSet changes, CancellationToken cancellationToken)
    {
        await using var text = new TextIndexWriter(connection, transaction);
        await DeleteEdgesAsync(connection, transaction, changes.DeleteEdges, cancellationToken);
        await DeleteNodesAsync(connection, transaction, text, changes.DeleteNodeIds, cancellationToken);
        await UpsertNodesAsync(connection, transaction, model, text, changes.Nodes, cancellationToken);
        await UpsertEdgesAsync(connection, transaction, changes.Edges, cancellationToken);
    }

    private static async Task DeleteEdgesAsync(SqliteConnection connection, SqliteTransaction transaction, IReadOnlyList<EdgeKey> keys, CancellationToken cancellationToken)
    {
        if (keys.Count == 0)
        {
            return;
        }

        await using var delete = connection.CreateCommand();
        delete.Transaction = transaction;
        delete.CommandText = "DELETE FROM edges WHERE from_id = $from AND type = $type AND to_id = $to";
        var from = delete.Parameters.Add("$from", SqliteType.Text);
        var type = delete.Parameters.Add("$type", SqliteType.Text);
        var to = delete.Parameters.Add("$to", SqliteType.Text);
        foreach (var key in keys)
        {
            (from.Value, type.Value, to.Value) = (key.FromId, key.Type, key.ToId);
            await delete.ExecuteTracedNonQueryAsync(cancellationToken);
        }
    }

    private static async Task DeleteNodesAsync(
        SqliteConnection connection, SqliteTransaction transaction, TextIndexWriter text, IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return;
        }

        await using var delete = connection.CreateCommand();
        delete.Transaction = transaction;
        // A deleted node takes its relationships with it (DETACH DELETE in Neo4j terms).
        delete.CommandText = """
            DELETE FROM edges WHERE from_id = $id;
            DELETE FROM edges WHERE to_id = $id;
            DELETE FROM nodes WHERE id = $id RETURNING rid;
            """;
        var id = delete.Parameters.Add("$id", SqliteType.Text);
        foreach (var nodeId in ids)
        {
            id.Value = nodeId;
            if (await delete.ExecuteTracedScalarAsync(cancellationToken) is long rid)
            {
                await text.RemoveAsync(rid, cancellationToken);
            }
        }
    }

    private static async Task UpsertNodesAsync(
        SqliteConnection connection, SqliteTransaction transaction, GraphModel model, TextIndexWriter text, IReadOnlyList<GraphNode> nodes,
        CancellationToken cancellationToken)
    {
        if (nodes.Count == 0)
        {
            return;
        }

        await using var upsert = connection.CreateCommand();
        upsert.Transaction = transaction;
        // A node keeps its label for life: an upsert that names another label for a stored id fails the whole change set.
        // The version is the store's: 1 on insert, one more on each update (SqliteVersions).
        upsert.CommandText = $$"""
            INSERT INTO nodes (id, label, props) VALUES ($id, $label, {{SqliteVersions.OnInsert}})
            ON CONFLICT (id) DO UPDATE SET props = {{SqliteVersions.OnUpdate}} WHERE nodes.label = excluded.label
            RETURNING rid
            """;
        var id = upsert.Parameters.Add("$id", SqliteType.Text);
        var label = upsert.Parameters.Add("$label", SqliteType.Text);
        var props = upsert.Parameters.Add("$props", SqliteType.Text);
        foreach (var node in nodes)
        {
            id.Value = node.Id;
            label.Value = node.Label;
            props.Value = PropertyJson.Write(node.Properties);
            if (await upsert.ExecuteTracedScalarAsync(cancellationToken) is not long rid)
            {
                throw new ChangeSetValidationException(
                    [new ValidationProblem(false, 0, $"node ({node.Id})", "label", $"a stored node with this id is not a {node.Label}")]);
            }

            await text.RemoveAsync(rid, cancellationToken);
            await text.AddAsync(rid, SqliteSchema.TextOf(model.GetNode(node.Label), node.Properties), cancellationToken);
        }
    }

    private static async Task UpsertEdgesAsync(SqliteConnection connection, SqliteTransaction transaction, IReadOnlyList<GraphEdge> edges, CancellationToken cancellationToken)
    {
        if (edges.Count == 0)
        {
            return;
        }

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
        foreach (var edge in edges)
        {
            (from.Value, type.Value, to.Value) = (edge.FromId, edge.Type, edge.ToId);
            props.Value = PropertyJson.Write(edge.Properties);
            await link.ExecuteTracedNonQueryAsync(cancellationToken);
        }
    }
}
