using System.Globalization;

namespace GraphServer.Model.Tests.HouseStyle;

/// <summary>
/// .editorconfig says 140 columns and nothing in the build enforces it; the long lines grew from 541 to 655 over three
/// sessions. This ratchet holds every C# file to its count of longer lines in long-lines.txt (the lines that were already
/// long when it was written): a file may not gain one, a new file may have none, and a file that loses some must have its
/// count lowered, so the list only shrinks.
/// </summary>
public sealed class LineLengthTests
{
    private const int MaxColumns = 140;

    [Fact]
    public void No_CSharp_file_has_more_lines_over_140_columns_than_the_baseline_allows_and_the_baseline_is_tight()
    {
        var root = RepositoryRoot();
        var baseline = File.ReadAllLines(Path.Combine(root, "tests", "Graph.Model.Tests", "HouseStyle", "long-lines.txt"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split(' ', 2))
            .ToDictionary(parts => parts[1], parts => int.Parse(parts[0], CultureInfo.InvariantCulture), StringComparer.Ordinal);

        var problems = new List<string>();
        foreach (var path in SourceFiles(root))
        {
            var relative = Path.GetRelativePath(root, path).Replace('\\', '/');
            var lines = File.ReadAllLines(path);
            var longLines = Enumerable.Range(0, lines.Length).Where(i => lines[i].Length > MaxColumns).ToList();
            var allowed = baseline.GetValueOrDefault(relative);
            if (longLines.Count > allowed)
            {
                problems.Add($"{relative}: {longLines.Count} lines over {MaxColumns} columns, {allowed} allowed; wrap line(s) "
                    + string.Join(", ", longLines.Select(i => i + 1)));
            }
            else if (longLines.Count < allowed)
            {
                problems.Add($"{relative}: {longLines.Count} lines over {MaxColumns} columns now; "
                    + $"lower its count in long-lines.txt from {allowed}");
            }

            baseline.Remove(relative);
        }

        problems.AddRange(baseline.Where(entry => entry.Value > 0).Select(entry => $"{entry.Key}: gone; remove it from long-lines.txt"));
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    private static IEnumerable<string> SourceFiles(string root) =>
        Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(path => !Path.GetRelativePath(root, path).Split(Path.DirectorySeparatorChar)
                .Any(part => part is "bin" or "obj" or "node_modules" or ".git" or ".work"));

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "GraphServer.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException(
            $"No GraphServer.sln above {AppContext.BaseDirectory}: the test runs from the repository's build output.");
    }
}
