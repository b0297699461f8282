using System.Collections.Concurrent;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace DanVan.Web.Icons;

/// <summary>
/// <c>&lt;dv-icon name="bell" /&gt;</c> draws one of the Bootstrap Icons vendored under <c>wwwroot/lib/bootstrap-icons/icons</c>
/// (embedded in the assembly, so it does not matter where the web root is) as inline SVG in the text's colour, hidden from screen readers (the text beside it, visible or visually hidden, says what
/// it means). Inline SVG needs no font, so it draws the same in every browser, Debian's Chromium without emoji included.
/// </summary>
[HtmlTargetElement("dv-icon", TagStructure = TagStructure.WithoutEndTag)]
public sealed class IconTagHelper : TagHelper
{
    private static readonly ConcurrentDictionary<string, string> Svgs = new(StringComparer.Ordinal);

    /// <summary>The icon's file name without ".svg", e.g. "bell" or "check-circle-fill".</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>Extra CSS classes on the svg element.</summary>
    public string? Class { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var svg = Svgs.GetOrAdd(Name, Load);
        output.TagName = null;
        var classes = string.IsNullOrEmpty(Class) ? "bi" : $"bi {Class}";
        output.Content.SetHtmlContent(svg.Replace("<svg ", $"<svg aria-hidden=\"true\" focusable=\"false\" data-icon=\"{Name}\" ", StringComparison.Ordinal)
            .Replace($"class=\"bi bi-{Name}\"", $"class=\"{classes}\"", StringComparison.Ordinal));
    }

    private string Load(string name)
    {
        if (name.Length == 0 || !name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
        {
            throw new InvalidOperationException($"'{name}' is not an icon name.");
        }

        using var stream = typeof(IconTagHelper).Assembly.GetManifestResourceStream($"icons/{name}.svg")
            ?? throw new InvalidOperationException($"The icon '{name}' is not vendored under wwwroot/lib/bootstrap-icons/icons.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Trim();
    }
}
