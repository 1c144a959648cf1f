using System.Globalization;

namespace GraphServer.Api.Exports;

/// <summary>
/// Why an export holds less than was asked for: the name of the limit that cut it (a query parameter or an option) and
/// its value. Every format writes it inside the file (a graph-level attribute), because a saved file loses the headers.
/// </summary>
internal sealed record ExportCut(string Limit, int Value)
{
    /// <summary>How the cut reads in a file: <c>limit=500</c>.</summary>
    public string Text => Limit + "=" + Value.ToString(CultureInfo.InvariantCulture);
}
