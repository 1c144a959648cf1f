namespace GraphServer.Api.Tests.Support;

/// <summary>
/// Node (with the npm packages of js/) and Chromium, which the conformance tests drive. Missing tools skip those tests
/// on a developer's machine; under CI=true they fail, because CI must never pass by skipping (.ci/install.sh installs
/// both).
/// </summary>
internal static class ExternalTools
{
    public static string Chromium => Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    private static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static void RequireNode()
    {
        Require(FindOnPath("node") is not null, "node is not on PATH");
        Require(Directory.Exists(Path.Combine(RepositoryPaths.NodeScripts, "node_modules")),
            $"npm packages are not installed: run `npm ci` in {RepositoryPaths.NodeScripts}");
    }

    public static void RequireChromium()
    {
        RequireNode();
        Require(File.Exists(Chromium), $"Chromium is not at {Chromium} (apt-get install -y chromium, or set CHROMIUM_PATH)");
    }

    private static void Require(bool present, string missing)
    {
        if (present)
        {
            return;
        }

        if (InCi)
        {
            throw new InvalidOperationException($"CI=true and {missing}: .ci/install.sh should have installed it.");
        }

        Skip.If(true, missing);
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
            .Select(directory => Path.Combine(directory, name))
            .FirstOrDefault(File.Exists);
}
