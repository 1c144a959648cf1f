using System.Globalization;

namespace GraphServer.Model;

/// <summary>
/// Brings a raw value to the one CLR shape each <see cref="PropertyKind"/> has everywhere in GraphServer:
/// string, long, double, bool, a yyyy / yyyy-MM / yyyy-MM-dd string, or a string array. Stores, importer and schema all go through it.
/// </summary>
public static class PropertyValues
{
    public static bool TryNormalize(PropertyDefinition property, object? raw, out object? value, out string? error)
    {
        value = null;
        error = null;
        if (raw is null)
        {
            if (property.IsRequired)
            {
                error = "is required";
                return false;
            }

            return true;
        }

        value = property.Kind switch
        {
            PropertyKind.String => raw as string,
            PropertyKind.Date => AsDate(raw),
            PropertyKind.Integer => AsInteger(raw),
            PropertyKind.Float => AsFloat(raw),
            PropertyKind.Boolean => raw as bool?,
            PropertyKind.StringList => AsStringList(raw),
            _ => null,
        };
        if (value is null)
        {
            error = $"expects {Describe(property.Kind)}, got {Show(raw)}";
            return false;
        }

        if (property.AllowedValues is { } allowed)
        {
            var bad = (value is string[] list ? list : [(string)value]).FirstOrDefault(v => !allowed.Contains(v, StringComparer.Ordinal));
            if (bad is not null)
            {
                error = $"'{bad}' is not one of {string.Join(", ", allowed)}";
                value = null;
                return false;
            }
        }

        return true;
    }

    public static string Describe(PropertyKind kind) => kind switch
    {
        PropertyKind.String => "a string",
        PropertyKind.Date => "a date as yyyy, yyyy-MM or yyyy-MM-dd",
        PropertyKind.Integer => "an integer",
        PropertyKind.Float => "a number",
        PropertyKind.Boolean => "true or false",
        PropertyKind.StringList => "a list of strings",
        _ => kind.ToString(),
    };

    private static string? AsDate(object raw) =>
        raw is string text && PartialDates.IsValid(text)
            ? text
            : raw is DateOnly date ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null;

    private static object? AsInteger(object raw) => raw switch
    {
        long l => l,
        int i => (long)i,
        short s => (long)s,
        double d when d == Math.Floor(d) && Math.Abs(d) < 9e15 => (long)d,
        _ => null,
    };

    private static object? AsFloat(object raw) => raw switch
    {
        double d when double.IsFinite(d) => d,
        float f when float.IsFinite(f) => (double)f,
        long l => (double)l,
        int i => (double)i,
        decimal m => (double)m,
        _ => null,
    };

    private static string[]? AsStringList(object raw)
    {
        if (raw is string || raw is not System.Collections.IEnumerable items)
        {
            return null;
        }

        var list = new List<string>();
        foreach (var item in items)
        {
            if (item is not string text)
            {
                return null;
            }

            list.Add(text);
        }

        return [.. list];
    }

    private static string Show(object raw) => raw switch
    {
        string s => $"\"{s}\"",
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => raw.GetType().Name,
    };
}
