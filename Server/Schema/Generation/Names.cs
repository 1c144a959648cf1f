using System.Text;

namespace GraphServer.Schema.Generation;

/// <summary>Naming conventions of the generated schema (HotChocolate's, so users' habits carry over).</summary>
internal static class Names
{
    public static string Connection(string label) => label + "Connection";

    public static string Edge(string label) => label + "Edge";

    public static string SortInput(string label) => label + "SortInput";

    public static string FilterInput(string label) => label + "FilterInput";

    public static string SingleField(string label) => char.ToLowerInvariant(label[0]) + label[1..];

    /// <summary>The connection of one relationship field: <c>OfferTargetsConnection</c> for <c>Offer.targets</c>.</summary>
    public static string RelationshipConnection(string label, string field) => label + Pascal(field) + "Connection";

    /// <summary>The edge of one relationship field: <c>OfferTargetsEdge</c> for <c>Offer.targets</c>.</summary>
    public static string RelationshipEdge(string label, string field) => label + Pascal(field) + "Edge";

    /// <summary>The field beside a date property that says how much of the date is known: <c>firstSeenPrecision</c>.</summary>
    public static string Precision(string dateProperty) => dateProperty + "Precision";

    /// <summary>
    /// A GraphQL enum value for a stored value, in the UPPER_SNAKE case GraphQL's own enums use: <c>front_sector</c>
    /// gives <c>FRONT_SECTOR</c>, <c>TikTok</c> gives <c>TIK_TOK</c>, <c>VKontakte</c> gives <c>VKONTAKTE</c>.
    /// </summary>
    public static string EnumValue(string stored)
    {
        var text = new StringBuilder(stored.Length + 4);
        for (var i = 0; i < stored.Length; i++)
        {
            var c = stored[i];
            if (!char.IsAsciiLetterOrDigit(c))
            {
                text.Append('_');
                continue;
            }

            // A word starts where a capital follows a small letter or a digit.
            if (i > 0 && char.IsAsciiLetterUpper(c) && (char.IsAsciiLetterLower(stored[i - 1]) || char.IsAsciiDigit(stored[i - 1])))
            {
                text.Append('_');
            }

            text.Append(char.ToUpperInvariant(c));
        }

        var name = text.ToString();
        return char.IsAsciiDigit(name[0]) ? "_" + name : name;
    }

    public static string Pascal(string camel) => char.ToUpperInvariant(camel[0]) + camel[1..];
}
