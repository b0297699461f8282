using System.Globalization;
using System.Text;

namespace DanVan.Domain.Reporting;

/// <summary>
/// How alike two report texts are, to flag results copied from one period to the next. The score is the Dice
/// coefficient over the texts' words counted with repetition: 2 × (words the texts share) / (words in both texts), from
/// 0 (nothing in common) to 1 (the same words). Words are compared after Unicode NFC normalization and lower-casing,
/// with punctuation removed; a number counts as a word, so "3 hội nghị" and "4 hội nghị" differ by one word. When either
/// text has no word at all the score is 0: an empty text repeats nothing.
/// </summary>
public static class TextSimilarity
{
    /// <summary>From this score on, a line's results count as unchanged from the previous period.</summary>
    public const double UnchangedThreshold = 0.9;

    public static double Score(string? first, string? second) => Score(Words(first), Words(second));

    /// <summary>The score of two texts already split by <see cref="Words"/>: to compare one text with many, split each once.</summary>
    public static double Score(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in a)
        {
            counts[word] = counts.GetValueOrDefault(word) + 1;
        }

        var shared = 0;
        foreach (var word in b)
        {
            if (counts.TryGetValue(word, out var left) && left > 0)
            {
                counts[word] = left - 1;
                shared++;
            }
        }

        return 2.0 * shared / (a.Count + b.Count);
    }

    /// <summary>Whether <paramref name="current"/> is at least <see cref="UnchangedThreshold"/> similar to <paramref name="previous"/>.</summary>
    public static bool IsUnchanged(string? current, string? previous) => Score(current, previous) >= UnchangedThreshold;

    /// <summary>The words <see cref="Score(string, string)"/> compares: NFC, lower-case, without punctuation, in order.</summary>
    public static IReadOnlyList<string> Words(string? text)
    {
        var words = new List<string>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return words;
        }

        var word = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            if (char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
            {
                word.Append(char.ToLowerInvariant(c));
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }

        return words;
    }
}
