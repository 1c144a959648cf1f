using GraphServer.Api.Access;
using GraphServer.Model;
using GraphServer.Store.Access;

namespace GraphServer.Api.Exports;

/// <summary>
/// THE place that decides which model properties leave the server in an export file. Personal data (Fighter names,
/// dates of birth, contacts: <see cref="PropertyFlags.Personal"/>) leaves only for callers whose role may read it
/// (analyst and above, as in the schema); a viewer's file has no personal column at all.
/// </summary>
internal static class ExportedProperties
{
    public static bool Includes(PropertyDefinition property, bool personal) => personal || !property.IsPersonal;

    public static bool IncludesPersonal(AccessRole role) => role >= PersonalFieldResolver.Required;
}
