using GraphQL.Types;
using GraphServer.Schema.Generation;

namespace GraphServer.Schema.Types;

/// <summary>
/// A closed vocabulary of the model (an Enum property) as a GraphQL enum: each stored value under its UPPER_SNAKE name,
/// so clients see the choices in introspection and the stores keep the values they always kept.
/// </summary>
internal sealed class ModelEnumType : EnumerationGraphType
{
    public ModelEnumType(
        string name, string description, IReadOnlyList<string> storedValues, IReadOnlyDictionary<string, string>? valueDescriptions)
    {
        Name = name;
        Description = description;
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var stored in storedValues)
        {
            var value = Names.EnumValue(stored);
            if (!seen.TryAdd(value, stored))
            {
                throw new InvalidOperationException($"{name}: '{stored}' and '{seen[value]}' would both be the enum value {value}.");
            }

            Add(value, stored, valueDescriptions?.GetValueOrDefault(stored) ?? $"Stored as \"{stored}\".");
        }
    }
}
