using System.Globalization;

namespace GraphServer.Api.Settings;

/// <summary>
/// Reads one configuration section value by value, each with its type and range, so that a wrong value is named in
/// the environment-variable form the README documents (<c>GraphServer__Http__MaxDepth</c>) instead of failing deep
/// inside the configuration binder. Keys the section does not know are refused too: a misspelt limit would otherwise
/// leave the default silently in force.
/// </summary>
internal sealed class SettingsSection(IConfiguration configuration, string section)
{
    private readonly IConfigurationSection _section = configuration.GetSection(section);
    private readonly HashSet<string> _known = new(StringComparer.OrdinalIgnoreCase);

    public int Int(string key, int fallback, int min, int max)
    {
        var text = Raw(key);
        if (text is null)
        {
            return fallback;
        }

        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            throw Invalid(key, text, $"a whole number from {min} to {max}");
        }

        return value >= min && value <= max ? value : throw Invalid(key, text, $"a whole number from {min} to {max}");
    }

    public double Double(string key, double fallback, double min, double max)
    {
        var text = Raw(key);
        if (text is null)
        {
            return fallback;
        }

        var valid = double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            && double.IsFinite(value) && value >= min && value <= max;
        return valid ? value : throw Invalid(key, text, $"a number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}");
    }

    /// <summary>A duration as .NET writes one (<c>00:00:30</c>) or as seconds (<c>30</c>, <c>2.5</c>).</summary>
    public TimeSpan Duration(string key, TimeSpan fallback, TimeSpan min, TimeSpan max)
    {
        var text = Raw(key);
        if (text is null)
        {
            return fallback;
        }

        TimeSpan value;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && double.IsFinite(seconds)
            && Math.Abs(seconds) < TimeSpan.MaxValue.TotalSeconds)
        {
            value = TimeSpan.FromSeconds(seconds);
        }
        else if (!TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out value))
        {
            throw Invalid(key, text, $"a duration from {min.TotalSeconds.ToString(CultureInfo.InvariantCulture)} to {max.TotalSeconds.ToString(CultureInfo.InvariantCulture)} seconds (e.g. 30 or 00:00:30)");
        }

        return value >= min && value <= max
            ? value
            : throw Invalid(key, text, $"a duration from {min.TotalSeconds.ToString(CultureInfo.InvariantCulture)} to {max.TotalSeconds.ToString(CultureInfo.InvariantCulture)} seconds (e.g. 30 or 00:00:30)");
    }

    public bool Bool(string key, bool fallback)
    {
        var text = Raw(key);
        if (text is null)
        {
            return fallback;
        }

        return bool.TryParse(text, out var value) ? value : throw Invalid(key, text, "true or false");
    }

    public string? Text(string key, string? fallback)
    {
        var text = Raw(key);
        return text ?? fallback;
    }

    /// <summary>Call after reading every key: names the first key of the section that no reader asked for.</summary>
    public void RefuseUnknownKeys()
    {
        foreach (var child in _section.GetChildren())
        {
            if (!_known.Contains(child.Key))
            {
                throw new InvalidSettingException(
                    $"{EnvironmentName(child.Key)} is not a setting GraphServer knows; the settings here are {string.Join(", ", _known.Order(StringComparer.Ordinal))}.");
            }
        }
    }

    private string? Raw(string key)
    {
        _known.Add(key);
        var text = _section[key];
        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }

    private InvalidSettingException Invalid(string key, string text, string expected) =>
        new($"{EnvironmentName(key)}='{Shorten(text)}' is not valid; use {expected}.");

    private string EnvironmentName(string key) => _section.Path.Replace(":", "__", StringComparison.Ordinal) + "__" + key;

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
