using GraphServer.Model;

namespace GraphServer.Api.Exports;

/// <summary>
/// THE place that decides which model properties leave the server in an export file. Personal data (Fighter names,
/// dates of birth, contacts: <see cref="PropertyFlags.Personal"/>) is left out for everyone, because exports have no
/// roles yet; when access control arrives, this is what takes the caller's role into account.
/// </summary>
internal static class ExportedProperties
{
    public static bool Includes(PropertyDefinition property) => !property.IsPersonal;
}
