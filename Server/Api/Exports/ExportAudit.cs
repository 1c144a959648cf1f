using GraphServer.Model;

namespace GraphServer.Api.Exports;

/// <summary>Which nodes of an export carried a personal value (the ids an analyst's export is audited with).</summary>
internal static class ExportAudit
{
    public static IEnumerable<string> PersonalNodeIds(ExportGraph graph)
    {
        var model = RecruitmentModel.Instance;
        return graph.Nodes
            .Where(n => model.NodeTypes.FirstOrDefault(t => t.Label == n.Label) is { } type
                && type.Properties.Any(p => p.IsPersonal && n[p.Name] is not null))
            .Select(n => n.Id);
    }
}
