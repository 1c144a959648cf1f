namespace GraphServer.Store.Access;

/// <summary>The role names as tokens, API keys and the CLI spell them (lower case), and their parsing.</summary>
public static class AccessRoles
{
    public static IReadOnlyList<AccessRole> All { get; } = Enum.GetValues<AccessRole>();

    public static string NameOf(AccessRole role) => role.ToString().ToLowerInvariant();

    public static string Names => string.Join(", ", All.Select(NameOf));

    public static bool TryParse(string? name, out AccessRole role)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(NameOf(candidate), name?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                role = candidate;
                return true;
            }
        }

        role = default;
        return false;
    }
}
