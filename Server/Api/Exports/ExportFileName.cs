using System.Globalization;
using System.Text;

namespace GraphServer.Api.Exports;

/// <summary>
/// <c>graphserver-&lt;ids&gt;-&lt;date&gt;.&lt;ext&gt;</c>, safe on every file system and inside a quoted header: ids keep
/// letters, digits, '.', '-' and '_' (anything else becomes '_'), are joined with '+', and are cut short past 80 characters.
/// </summary>
internal static class ExportFileName
{
    private const int MaxIdsLength = 80;

    public static string For(IEnumerable<string> ids, DateOnly day, string extension)
    {
        var names = string.Join('+', ids.Select(Safe));
        if (names.Length > MaxIdsLength)
        {
            names = names[..MaxIdsLength] + "+more";
        }

        return $"graphserver-{names}-{day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.{extension}";
    }

    private static string Safe(string id)
    {
        var safe = new StringBuilder(id.Length);
        foreach (var c in id)
        {
            safe.Append(char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_');
        }

        return safe.ToString();
    }
}
