using DanVan.Web.Localization;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace DanVan.Web.Pages.Dashboard;

/// <summary>
/// <c>&lt;dv-figure text="…" /&gt;</c> shows a formatted figure, or, when <see cref="Text"/> is null because the figure is
/// missing (no value reported, or a rate of 0 out of 0), "—" with "no data yet" as its tooltip and for screen readers.
/// Missing is never shown as 0.
/// </summary>
[HtmlTargetElement("dv-figure", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FigureTagHelper(IStringLocalizer<SharedResource> l) : TagHelper
{
    /// <summary>
    /// The figure as it should read ("62,5 %", "1.234"), or null when it is missing; Razor passes a null written into a
    /// string attribute (<c>text="@value"</c>) as "", so an empty text is missing too.
    /// </summary>
    public string? Text { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (!string.IsNullOrEmpty(Text))
        {
            output.TagName = null;
            output.Content.SetContent(Text);
            return;
        }

        output.TagName = "span";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "dv-missing");
        output.Attributes.SetAttribute("data-missing", string.Empty);
        output.Attributes.SetAttribute("title", l["No data yet: no submitted report gives this figure, or a rate has nothing to count (0 out of 0)."].Value);
        output.Content.AppendHtml("<span aria-hidden=\"true\">—</span><span class=\"visually-hidden\">")
            .Append(l["no data yet"])
            .AppendHtml("</span>");
    }
}
