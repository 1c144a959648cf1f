using System.Text.Json;

namespace GraphServer.Seed.Loading;

/// <summary>JSON values to the raw CLR values <see cref="GraphServer.Model.PropertyValues"/> normalises.</summary>
internal static class JsonValues
{
    public static object? ToClr(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String => element.GetString(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number => element.TryGetInt64(out var whole) ? whole : element.GetDouble(),
        JsonValueKind.Array => element.EnumerateArray().Select(ToClr).ToArray(),
        // An object is not a property value; pass it on so the validator names the field in its error.
        _ => element.GetRawText(),
    };
}
