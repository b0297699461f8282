using System.Globalization;
using System.Text;

namespace DanVan.Domain;

/// <summary>
/// The one rule by which Vietnamese text is searched: a name and what a user types are both folded to lower-case letters
/// without diacritics, đ as d, in one normal form, with single spaces. "Hàng Bạc", "HÀNG BẠC" and "hang bac" fold alike;
/// so do the old and new tone placements ("Uỷ ban" and "Ủy ban", "hoà" and "hòa", "thuỷ" and "thủy"), and text typed in
/// decomposed form (NFD). Entities keep their folded name in an indexed column, so both providers search it with a
/// plain LIKE and no database function.
/// </summary>
public static class SearchText
{
    /// <summary>The folded column's length: a folded name is never longer than its name.</summary>
    public const int Length = 300;

    public static string Fold(string? text)
    {
        var folded = FoldOne(text);
        return folded.Length > Length ? folded[..Length] : folded;
    }

    /// <summary>
    /// Long text (what a report says) folded by the same rule and never cut: the parts joined by a line break, which no
    /// typed search contains, so a match never spans two parts.
    /// </summary>
    public static string FoldText(params string?[] parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        return string.Join('\n', parts.Select(FoldOne).Where(p => p.Length > 0));
    }

    private static string FoldOne(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var folded = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                space = folded.Length > 0;
                continue;
            }

            if (space)
            {
                folded.Append(' ');
                space = false;
            }

            folded.Append(c is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(c));
        }

        return folded.ToString();
    }

    /// <summary>Whether <paramref name="folded"/> (a stored folded name) contains what the user typed, folded the same way.</summary>
    public static bool Matches(string folded, string typed) => folded.Contains(Fold(typed), StringComparison.Ordinal);
}
