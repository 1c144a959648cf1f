using System.Globalization;
using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphServer.Schema.Time;

namespace GraphServer.Schema.Generation;

/// <summary>
/// Root <c>exportLink</c>: the address of the export file (GET /export/…, see Server/README.md) for a neighborhood
/// (<c>ids</c>, <c>depth</c>, <c>types</c>) or the shortest paths (<c>from</c>, <c>to</c>, <c>maxHops</c>), as of a day.
/// It only builds the link, relative to the server: the download checks the ids and limits, and says what is wrong.
/// </summary>
internal static class ExportLinkFieldGenerator
{
    /// <summary>The route names of /export/{format}; GraphServer.Api's tests check they match its writers.</summary>
    public static readonly IReadOnlyList<string> Formats = ["graphml", "gexf", "cytoscape", "yed", "graphology", "csv"];

    public static FieldType Create(SharedTypes shared, QueryArgument asOf)
    {
        var format = new EnumerationGraphType { Name = "ExportFormat", Description = "A graph file format of GET /export/{format}." };
        foreach (var name in Formats)
        {
            format.Add(name.ToUpperInvariant(), name, $"/export/{name}");
        }

        return new FieldType
        {
            Name = "exportLink",
            Description = "The address (relative to this server) of the export file for a neighborhood (ids, depth, types) or, with from "
                + "and to, for the shortest paths between two nodes. The file carries each record's confidence and sources.",
            ResolvedType = new NonNullGraphType(shared.String),
            Arguments = new QueryArguments(
                new QueryArgument(new NonNullGraphType(format)) { Name = "format" },
                new QueryArgument(new ListGraphType(new NonNullGraphType(shared.Id))) { Name = "ids", Description = "Start nodes." },
                new QueryArgument(shared.Int) { Name = "depth", Description = "Hops from the start nodes (default 1)." },
                new QueryArgument(new ListGraphType(new NonNullGraphType(shared.RelationshipTypeName))) { Name = "types" },
                new QueryArgument(shared.Id) { Name = "from", Description = "Path start; with to, the link is a path export." },
                new QueryArgument(shared.Id) { Name = "to" },
                new QueryArgument(shared.Int) { Name = "maxHops" },
                asOf),
            Resolver = new FuncFieldResolver<string>(Link),
        };
    }

    private static string Link(IResolveFieldContext context)
    {
        var format = context.GetArgument<string>("format");
        var query = new List<string>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                query.Add(name + "=" + Uri.EscapeDataString(value));
            }
        }

        var from = context.GetArgument<string?>("from");
        var to = context.GetArgument<string?>("to");
        var path = from is not null || to is not null;
        if (path)
        {
            Add("from", from);
            Add("to", to);
            Add("maxHops", context.GetArgument<int?>("maxHops")?.ToString(CultureInfo.InvariantCulture));
        }
        else
        {
            Add("ids", string.Join(',', context.GetArgument<List<string>?>("ids") ?? []));
            Add("depth", context.GetArgument<int?>("depth")?.ToString(CultureInfo.InvariantCulture));
        }

        Add("types", string.Join(',', context.GetArgument<List<object>?>("types")?.Select(t => t.ToString()) ?? []));
        Add(AsOfArgument.Name, AsOfArgument.Inherited(context)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        return $"/export/{format}{(path ? "/path" : string.Empty)}{(query.Count == 0 ? string.Empty : "?" + string.Join('&', query))}";
    }
}
