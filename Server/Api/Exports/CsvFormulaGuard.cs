using System.Globalization;

namespace GraphServer.Api.Exports;

/// <summary>
/// Keeps a spreadsheet from running a cell as a formula (CSV injection, OWASP): a cell that starts with <c>=</c>,
/// <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return gets a leading apostrophe, which Excel, LibreOffice and Google
/// Sheets show as text and hide. A plain number (<c>-3</c>, <c>+1.5e3</c>) is left alone: it is not a formula, and a
/// claim's value should stay a number. The cost: tools that are not spreadsheets (Python's csv, pandas) read the
/// apostrophe as part of the text; the importer and the other formats carry the value unchanged.
/// </summary>
internal static class CsvFormulaGuard
{
    public const char Prefix = '\'';

    public static string Neutralise(string cell) =>
        cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r' && !IsPlainNumber(cell) ? Prefix + cell : cell;

    private static bool IsPlainNumber(string cell) =>
        cell[0] is '+' or '-' && cell.Length > 1 && char.IsAsciiDigit(cell[1])
        && double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out _);
}
