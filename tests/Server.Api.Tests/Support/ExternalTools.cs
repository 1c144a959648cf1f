namespace GraphServer.Api.Tests.Support;

/// <summary>
/// Node (with the npm packages of js/), Chromium, Firefox (firefox-esr) and NetworkX, which the conformance, export and
/// graph view tests drive. Missing tools skip those tests on a developer's machine; under CI=true they fail, because CI
/// must never pass by skipping (.ci/install.sh installs them all).
/// </summary>
internal static class ExternalTools
{
    public static string Chromium => Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>Debian's python3, where python3-networkx installs NetworkX (PYTHON overrides).</summary>
    public static string Python => Environment.GetEnvironmentVariable("PYTHON") is { Length: > 0 } path ? path : "/usr/bin/python3";

    public static string Firefox => Environment.GetEnvironmentVariable("FIREFOX_PATH") is { Length: > 0 } path ? path : "/usr/bin/firefox-esr";

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

    public static void RequireNetworkx()
    {
        var found = false;
        try
        {
            using var probe = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo(Python, ["-c", "import networkx"])
            {
                RedirectStandardError = true,
                UseShellExecute = false,
            });
            probe?.WaitForExit(30_000);
            found = probe is { HasExited: true, ExitCode: 0 };
        }
        catch (System.ComponentModel.Win32Exception)
        {
            found = false;
        }

        Require(found, $"NetworkX is not importable by {Python} (apt-get install -y python3-networkx, or set PYTHON)");
    }

    public static void RequireFirefox()
    {
        RequireNode();
        Require(Directory.Exists(Path.Combine(RepositoryPaths.NodeScripts, "node_modules", "puppeteer-core")),
            $"puppeteer-core is not installed: run `npm ci` in {RepositoryPaths.NodeScripts}");
        Require(File.Exists(Firefox), $"Firefox is not at {Firefox} (apt-get install -y firefox-esr, or set FIREFOX_PATH)");
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
