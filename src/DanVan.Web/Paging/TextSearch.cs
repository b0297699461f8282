using System.Text;

namespace DanVan.Web.Paging;

/// <summary>
/// The pattern a list's search box turns into: <c>EF.Functions.Like(column, TextSearch.Pattern(q), TextSearch.Escape)</c>
/// finds the text anywhere in the column, ignoring case on both providers (SQL Server by its collation,
/// SQLite's LIKE for Latin letters), and treats %, _ and the escape character typed by a user as plain text.
/// </summary>
public static class TextSearch
{
    /// <summary>The escape character used in <see cref="Pattern"/>.</summary>
    public const string Escape = "\\";

    /// <summary>A "contains" LIKE pattern for a folded name column (<see cref="Domain.SearchText"/>): the user's text folded the same way.</summary>
    public static string FoldedPattern(string text) => Pattern(Domain.SearchText.Fold(text));

    /// <summary>A "contains" LIKE pattern for the user's text, trimmed and in Unicode NFC.</summary>
    public static string Pattern(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var pattern = new StringBuilder("%");
        foreach (var c in text.Trim().Normalize(NormalizationForm.FormC))
        {
            if (c is '%' or '_' or '[' or '\\')
            {
                pattern.Append('\\');
            }

            pattern.Append(c);
        }

        return pattern.Append('%').ToString();
    }
}
