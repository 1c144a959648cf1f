namespace GraphServer.Benchmarks.Bolt;

/// <summary>The benchmark's queries; js/bench.mjs sends the very same text.</summary>
internal static class Workload
{
    public const string Small = "RETURN $x AS x";

    /// <summary>Over 2 kB of query text: several TCP segments, the case Nagle's algorithm would stall.</summary>
    public static readonly string Large = "RETURN $x AS x /* " + string.Concat(Enumerable.Repeat("padding ", 270)) + "*/";

    public static IReadOnlyList<(string Name, string Query)> Queries { get; } = [("small", Small), ("large", Large)];

    /// <summary>The folder holding GraphServer.sln, found by walking up from the binary.</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "GraphServer.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("GraphServer.sln not found above " + AppContext.BaseDirectory);
    }

    public static Uri Uri => new(Environment.GetEnvironmentVariable("NEO4J_URI") ?? "bolt://127.0.0.1:7687");

    public static GraphServer.Bolt.BoltAuth Auth => GraphServer.Bolt.BoltAuth.Basic(
        Environment.GetEnvironmentVariable("NEO4J_USER") ?? "neo4j", Environment.GetEnvironmentVariable("NEO4J_PASSWORD") ?? "graphserver");
}
