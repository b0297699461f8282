using System.Text;

namespace DanVan.Domain.Importing;

/// <summary>
/// How imported text is read: every value is trimmed and normalised to NFC (a file saved on a Mac or typed with some
/// Vietnamese keyboards carries NFD, "a" followed by combining marks), so that what is stored and what is compared is
/// always NFC. Codes and e-mail addresses compare without regard to case; column headers also without diacritics.
/// </summary>
public static class ImportText
{
    /// <summary>The value as it is stored: trimmed, NFC; null when blank.</summary>
    public static string? Clean(string? value)
    {
        var trimmed = value?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed.Normalize(NormalizationForm.FormC);
    }

    /// <summary>The key two codes or e-mail addresses are compared by: cleaned, then upper-case (invariant).</summary>
    public static string Fold(string value) => (Clean(value) ?? string.Empty).ToUpperInvariant();

    /// <summary>
    /// A column header as matched: lower-case, without diacritics (đ as d), spaces and hyphens as underscores, so that
    /// "Mã cơ quan", "ma_co_quan" and "MA CO QUAN" are one header.
    /// </summary>
    public static string HeaderKey(string header) => SearchText.Fold(header).Replace(' ', '_').Replace('-', '_');
}
