using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;

namespace DanVan.Web.Pages.Reports;

/// <summary>
/// Under a field of a report form that could not be saved because someone else saved first: what they saved, when it
/// differs from what this user typed (both compared trimmed, with one kind of line ending, in NFC).
/// </summary>
public static class SavedValueNote
{
    public static IHtmlContent For(IStringLocalizer l, bool conflict, string id, string? mine, string? saved)
    {
        ArgumentNullException.ThrowIfNull(l);
        if (!conflict || Plain(mine) == Plain(saved))
        {
            return HtmlString.Empty;
        }

        var note = new TagBuilder("div");
        note.AddCssClass("alert alert-warning py-1 px-2 mt-1 mb-0 small dv-wording");
        note.Attributes["id"] = id;
        note.Attributes["data-testid"] = "saved-value";
        note.InnerHtml.Append($"{l["Saved meanwhile by someone else:"]} {saved ?? "—"}");
        return note;
    }

    private static string? Plain(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim().ReplaceLineEndings("\n").Normalize();
}
