using System.Globalization;
using GraphServer.Model;

namespace GraphServer.Seed.Import;

/// <summary>
/// Turns CSV cell text into the raw value a property's kind expects. Text that does not parse is passed on unchanged, so
/// the model's validator reports it with its usual reason (e.g. <c>expects a number, got "lots"</c>).
/// </summary>
internal static class CsvValues
{
    public static object Convert(PropertyDefinition? property, string text) => property?.Kind switch
    {
        PropertyKind.Integer when long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var whole) => whole,
        PropertyKind.Float when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) => number,
        PropertyKind.Boolean when bool.TryParse(text, out var flag) => flag,
        PropertyKind.StringList => text.Split(CsvColumns.ListSeparator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
        _ => text,
    };
}
