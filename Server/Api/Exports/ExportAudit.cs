using System.Runtime.CompilerServices;
using GraphServer.Api.Access;
using GraphServer.Model;
using Microsoft.AspNetCore.Http;

namespace GraphServer.Api.Exports;

/// <summary>
/// Records which nodes of an analyst's export carried a personal value. Exports stream, so the ids are noted as each node
/// passes on its way to the writer, and the whole graph never has to sit in memory for the audit.
/// </summary>
internal static class ExportAudit
{
    public static ExportGraph Audited(ExportGraph graph, HttpContext http) =>
        graph with { Nodes = NotePersonal(graph.Nodes, PersonalReadLog.Of(http), http.Request.Path + http.Request.QueryString) };

    private static async IAsyncEnumerable<ExportNode> NotePersonal(
        IAsyncEnumerable<ExportNode> nodes, PersonalReadLog log, string what, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var model = RecruitmentModel.Instance;
        await foreach (var node in nodes.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (model.FindNode(node.Node.Label) is { } type && type.Properties.Any(p => p.IsPersonal && node.Node[p.Name] is not null))
            {
                log.Add("export", what, [node.Node.Id]);
            }

            yield return node;
        }
    }
}
