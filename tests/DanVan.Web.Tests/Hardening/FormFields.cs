using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace DanVan.Web.Tests.Hardening;

/// <summary>A form of a page as a browser would send it: its action, method and every named field with its current value.</summary>
internal sealed record PageForm(string Page, string Action, bool IsPost, List<KeyValuePair<string, string>> Fields)
{
    public static IEnumerable<PageForm> On(string page, IDocument document, string pageUrl) =>
        document.QuerySelectorAll<IHtmlFormElement>("form").Select(form => new PageForm(
            page,
            string.IsNullOrEmpty(form.GetAttribute("action")) ? pageUrl : form.GetAttribute("action")!,
            string.Equals(form.GetAttribute("method"), "post", StringComparison.OrdinalIgnoreCase),
            FieldsOf(form)));

    /// <summary>The fields a user can change (not hidden tokens and markers), each once.</summary>
    public IEnumerable<string> Editable() => Fields.Select(f => f.Key).Distinct()
        .Where(name => name != "__RequestVerificationToken" && !name.StartsWith("__Invariant", StringComparison.Ordinal));

    /// <summary>The body (or query) with <paramref name="field"/> set to <paramref name="encodedValue"/> (already percent-encoded), or left out when null.</summary>
    public string Encode(string field, string? encodedValue)
    {
        var parts = new List<string>();
        var replaced = false;
        foreach (var (key, value) in Fields)
        {
            if (key != field)
            {
                parts.Add($"{Uri.EscapeDataString(key)}={Uri.EscapeDataString(value)}");
            }
            else if (!replaced && encodedValue is not null)
            {
                parts.Add($"{Uri.EscapeDataString(key)}={encodedValue}");
                replaced = true;
            }
        }

        return string.Join('&', parts);
    }

    private static List<KeyValuePair<string, string>> FieldsOf(IHtmlFormElement form)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.QuerySelectorAll("input[name], select[name], textarea[name]"))
        {
            var name = element.GetAttribute("name")!;
            switch (element)
            {
                case IHtmlInputElement { Type: "submit" or "button" or "file" }:
                    break;
                case IHtmlInputElement { Type: "checkbox" or "radio" } box:
                    if (box.IsChecked)
                    {
                        fields.Add(KeyValuePair.Create(name, box.Value));
                    }

                    break;
                case IHtmlInputElement input:
                    fields.Add(KeyValuePair.Create(name, input.Value));
                    break;
                case IHtmlSelectElement select:
                    fields.Add(KeyValuePair.Create(name, select.Value ?? string.Empty));
                    break;
                case IHtmlTextAreaElement area:
                    fields.Add(KeyValuePair.Create(name, area.Value));
                    break;
            }
        }

        return fields;
    }
}

/// <summary>The malformed values every field gets, percent-encoded as a client would send them (null: the field left out).</summary>
internal static class BadValues
{
    public static readonly IReadOnlyList<(string Kind, string? Encoded)> All =
    [
        ("overlong", Uri.EscapeDataString(new string('ữ', 5000))),
        ("negative", "-1"),
        ("huge", "99999999999999999999999999"),
        ("101 %", "101"),
        ("malformed date", Uri.EscapeDataString("2026-13-45")),
        ("Vietnamese-format date", Uri.EscapeDataString("31/02/2026")),
        ("wrong type", "abc"),
        ("missing", null),
        ("checkbox garbage", "yes"),
        ("NUL", "a%00b"),
        ("lone surrogate", "%ED%A0%80"),
        ("NFD text", Uri.EscapeDataString("Hoa\u0300n Kie\u0302\u0301m".Normalize(NormalizationForm.FormD))),
        ("markup", Uri.EscapeDataString("<script>alert(1)</script><b>đậm</b>")),
        ("blank", Uri.EscapeDataString("   ")),
    ];

    public const string Markup = "<script>alert(1)</script>";
}
