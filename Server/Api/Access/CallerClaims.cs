using System.Security.Claims;
using GraphServer.Store.Access;

namespace GraphServer.Api.Access;

/// <summary>
/// The two claims every authenticated caller carries whichever way it signed in (token, API key, local loopback):
/// who it is and its one effective role. Everything downstream reads these, never the token's own claim names.
/// </summary>
internal static class CallerClaims
{
    public const string Role = "graphserver:role";

    public const string Caller = "graphserver:caller";

    public static ClaimsIdentity Identity(string scheme, string caller, AccessRole role) =>
        new([new Claim(Caller, caller), new Claim(Role, AccessRoles.NameOf(role))], scheme, Caller, Role);

    /// <summary>The caller's role; a principal without one (never authenticated) is treated as the least trusted.</summary>
    public static AccessRole RoleOf(ClaimsPrincipal? user) =>
        AccessRoles.TryParse(user?.FindFirst(Role)?.Value, out var role) ? role : AccessRole.Viewer;

    public static string CallerOf(ClaimsPrincipal? user) => user?.FindFirst(Caller)?.Value ?? "anonymous";

    public static bool IsAuthenticated(ClaimsPrincipal? user) => user?.FindFirst(Role) is not null;
}
