namespace GraphServer.Api.Tests.Support;

/// <summary>Where the repository's files are, found from the test binaries by walking up to GraphServer.sln.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string NodeScripts => Path.Combine(Root, "tests", "Server.Api.Tests", "js");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "GraphServer.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"GraphServer.sln not found above {AppContext.BaseDirectory}.");
    }
}
