using System.Text;
using GraphServer.Model;

namespace GraphServer.Store.Querying;

/// <summary>
/// Turns search text into the words both stores look for: runs of letters and digits, lower-cased, without English
/// stop words (Lucene's English analyzer drops them from its index, so neither store may require them), at most
/// <see cref="MaxTerms"/>. Everything else (quotes, operators, wildcards) is a separator, so user input cannot change
/// the meaning of the full-text query. Both indexes then stem the words the same way (Porter).
/// </summary>
internal static class SearchTerms
{
    public const int MaxTerms = 16;

    /// <summary>Lucene's English stop set (EnglishAnalyzer.ENGLISH_STOP_WORDS_SET).</summary>
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in", "into", "is", "it", "no", "not", "of", "on", "or",
        "such", "that", "the", "their", "then", "there", "these", "they", "this", "to", "was", "will", "with",
    };

    public static IReadOnlyList<string> Split(string text)
    {
        var terms = new List<string>();
        var word = new StringBuilder();
        foreach (var c in text + " ")
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
            }
            else if (word.Length > 0)
            {
                terms.Add(word.ToString());
                word.Clear();
            }
        }

        return terms.Where(t => !StopWords.Contains(t)).Distinct(StringComparer.Ordinal).Take(MaxTerms).ToList();
    }

    /// <summary>The labels to search: those asked for (each must be searchable), or every searchable label.</summary>
    public static IReadOnlyList<string> Labels(GraphModel model, IReadOnlyList<string> requested)
    {
        if (requested.Count == 0)
        {
            return model.SearchableNodeTypes.Select(t => t.Label).ToList();
        }

        foreach (var label in requested)
        {
            if (!model.GetNode(label).Searchable.Any())
            {
                throw new ArgumentException($"{label} has no searchable properties.");
            }
        }

        return requested.Distinct(StringComparer.Ordinal).ToList();
    }
}
