using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace DanVan.Web.Icons;

/// <summary>
/// <c>&lt;dv-icon name="bell" /&gt;</c> draws one of the Bootstrap Icons vendored under <c>wwwroot/lib/bootstrap-icons/icons</c>
/// (embedded in the assembly, so it does not matter where the web root is) as inline SVG in the text's colour, hidden
/// from screen readers (the text beside it, visible or visually hidden, says what it means). Inline SVG needs no font, so
/// it draws the same in every browser, Debian's Chromium without emoji included. Each use is a short reference to a
/// symbol that <see cref="IconSpriteTagHelper"/> writes once at the end of the page, so a matrix of hundreds of cells
/// does not repeat the paths hundreds of times.
/// </summary>
[HtmlTargetElement("dv-icon", TagStructure = TagStructure.WithoutEndTag)]
public sealed class IconTagHelper : TagHelper
{
    /// <summary>The icon's file name without ".svg", e.g. "bell" or "check-circle-fill".</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>Extra CSS classes on the svg element.</summary>
    public string? Class { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        IconSprite.Use(ViewContext.HttpContext, Name);
        output.TagName = null;
        var classes = string.IsNullOrEmpty(Class) ? "bi" : $"bi {Class}";
        output.Content.SetHtmlContent(
            $"<svg aria-hidden=\"true\" focusable=\"false\" data-icon=\"{Name}\" class=\"{classes}\" width=\"16\" height=\"16\" fill=\"currentColor\"><use href=\"#bi-{Name}\"/></svg>");
    }
}

/// <summary><c>&lt;dv-icon-sprite /&gt;</c>, at the end of the layout: the symbols of every icon the page used.</summary>
[HtmlTargetElement("dv-icon-sprite", TagStructure = TagStructure.WithoutEndTag)]
public sealed class IconSpriteTagHelper : TagHelper
{
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = null;
        var used = IconSprite.Used(ViewContext.HttpContext);
        if (used.Count == 0)
        {
            return;
        }

        var sprite = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" aria-hidden=\"true\" style=\"display:none\">");
        foreach (var name in used.Order(StringComparer.Ordinal))
        {
            sprite.Append(IconSprite.Symbol(name));
        }

        output.Content.SetHtmlContent(sprite.Append("</svg>").ToString());
    }
}

/// <summary>The icons a request used, and each icon's symbol, read once from the assembly.</summary>
internal static class IconSprite
{
    private static readonly object Key = new();
    private static readonly ConcurrentDictionary<string, string> Symbols = new(StringComparer.Ordinal);

    public static void Use(HttpContext http, string name)
    {
        _ = Symbol(name);
        Used(http).Add(name);
    }

    public static HashSet<string> Used(HttpContext http)
    {
        if (http.Items[Key] is not HashSet<string> used)
        {
            used = new HashSet<string>(StringComparer.Ordinal);
            http.Items[Key] = used;
        }

        return used;
    }

    public static string Symbol(string name) => Symbols.GetOrAdd(name, Load);

    private static string Load(string name)
    {
        if (name.Length == 0 || !name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
        {
            throw new InvalidOperationException($"'{name}' is not an icon name.");
        }

        using var stream = typeof(IconSprite).Assembly.GetManifestResourceStream($"icons/{name}.svg")
            ?? throw new InvalidOperationException($"The icon '{name}' is not vendored under wwwroot/lib/bootstrap-icons/icons.");
        using var reader = new StreamReader(stream);
        var svg = reader.ReadToEnd();
        var start = svg.IndexOf('>', StringComparison.Ordinal) + 1;
        var end = svg.LastIndexOf("</svg>", StringComparison.Ordinal);
        return $"<symbol id=\"bi-{name}\" viewBox=\"0 0 16 16\">{svg[start..end].Trim()}</symbol>";
    }
}
