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

    public static double Score(string? first, string? second) => Score(Sort(first), Sort(second));

    /// <summary>A text's words, sorted, as <see cref="Score(SortedWords, SortedWords)"/> compares them: to compare one text with many, sort its words once.</summary>
    public static SortedWords Sort(string? text)
    {
        var words = Words(text).ToArray();
        Array.Sort(words, StringComparer.Ordinal);
        return new SortedWords(words);
    }

    /// <summary>The score of two texts' sorted words: the words they share, counted with repetition, by one merge of the two lists.</summary>
    public static double Score(SortedWords first, SortedWords second)
    {
        var (a, b) = (first.Words, second.Words);
        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }

        var shared = 0;
        for (int i = 0, j = 0; i < a.Length && j < b.Length;)
        {
            var order = string.CompareOrdinal(a[i], b[j]);
            if (order == 0)
            {
                shared++;
                i++;
                j++;
            }
            else if (order < 0)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return 2.0 * shared / (a.Length + b.Length);
    }

    /// <summary>Whether <paramref name="current"/> is at least <see cref="UnchangedThreshold"/> similar to <paramref name="previous"/>.</summary>
    public static bool IsUnchanged(string? current, string? previous) => Score(current, previous) >= UnchangedThreshold;

    private static List<string> Words(string? text)
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
