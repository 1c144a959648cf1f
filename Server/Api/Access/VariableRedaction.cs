using System.Text.Json;
using GraphQL.Validation;
using GraphServer.Model;

namespace GraphServer.Api.Access;

/// <summary>
/// Variables as the audit log keeps them: any value under a key that is a personal property of the model (a contact
/// in a write's input, say) becomes <c>"[redacted]"</c>, at any depth. The names come from the model's Personal flag.
/// </summary>
internal static class VariableRedaction
{
    public const string Redacted = "[redacted]";

    private static readonly HashSet<string> PersonalNames = RecruitmentModel.Instance.NodeTypes
        .SelectMany(n => n.Properties).Where(p => p.IsPersonal).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);

    public static string Redact(Variables? variables)
    {
        var redacted = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var variable in variables ?? Variables.None)
        {
            redacted[variable.Name] = PersonalNames.Contains(variable.Name) ? Redacted : Redact(variable.Value);
        }

        return JsonSerializer.Serialize(redacted);
    }

    public static object? Redact(object? value) => value switch
    {
        IDictionary<string, object?> map => map.ToDictionary(
            pair => pair.Key, pair => PersonalNames.Contains(pair.Key) ? Redacted : Redact(pair.Value), StringComparer.Ordinal),
        IEnumerable<object?> list when value is not string => list.Select(Redact).ToList(),
        _ => value,
    };
}
