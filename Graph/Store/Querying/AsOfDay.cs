using System.Globalization;

namespace GraphServer.Store.Querying;

/// <summary>The one text form of an as-of day both stores compare with: yyyy-MM-dd, which sorts as it reads.</summary>
internal static class AsOfDay
{
    /// <summary>Stands in for a missing <c>validTo</c>: later than any real day.</summary>
    public const string EndOfTime = "9999-12-31";

    public static string? Format(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
