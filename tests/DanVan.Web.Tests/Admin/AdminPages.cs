using System.Globalization;
using System.Net;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using DanVan.Domain.Auditing;
using DanVan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Tests.Admin;

/// <summary>Helpers for the administration tests: forms submitted as a browser would, field errors, the audit trail and the /Agencies tree.</summary>
internal static class AdminPages
{
    /// <summary>The profile/create form of an administration page (the only one marked novalidate; the action forms are not).</summary>
    public const string MainForm = "main form[novalidate]";

    /// <summary>Gets a page and checks that it answered 200.</summary>
    public static async Task<HtmlPage> GetOkAsync(HttpClient client, string url)
    {
        var page = await HtmlPage.GetAsync(client, url);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        return page;
    }

    /// <summary>
    /// Posts a form with what a browser would send: its fields as rendered (text, date, selected options, ticked boxes)
    /// and hidden fields, with <paramref name="changes"/> typed over them.
    /// </summary>
    public static Task<HttpResponseMessage> SubmitAsync(this HtmlPage page, HttpClient client, string formSelector, IDictionary<string, string>? changes = null)
    {
        var form = page.Document.QuerySelector<IHtmlFormElement>(formSelector) ?? throw new InvalidOperationException($"No form matches {formSelector}.");
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var input in form.QuerySelectorAll<IHtmlInputElement>("input[name]"))
        {
            switch (input.Type)
            {
                case "hidden" or "submit" or "button" or "reset":
                    break;
                case "checkbox" or "radio":
                    if (input.IsChecked)
                    {
                        values.TryAdd(input.Name!, input.Value);
                    }

                    break;
                default:
                    values[input.Name!] = input.Value;
                    break;
            }
        }

        foreach (var select in form.QuerySelectorAll<IHtmlSelectElement>("select[name]"))
        {
            var selected = select.Options.FirstOrDefault(o => o.IsSelected) ?? (select.Options.Length > 0 ? select.Options[0] : null);
            values[select.Name!] = selected?.Value ?? string.Empty;
        }

        foreach (var area in form.QuerySelectorAll<IHtmlTextAreaElement>("textarea[name]"))
        {
            values[area.Name!] = area.Value;
        }

        foreach (var (key, value) in changes ?? new Dictionary<string, string>())
        {
            values[key] = value;
        }

        return page.PostFormAsync(client, formSelector, values);
    }

    /// <summary>Follows a redirect with a GET, as a browser would after a successful post.</summary>
    public static async Task<HtmlPage> FollowAsync(HttpClient client, HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await HtmlPage.GetAsync(client, response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        return page;
    }

    /// <summary>The validation message shown next to the field <paramref name="name"/>.</summary>
    public static string FieldError(this HtmlPage page, string name) =>
        page.Document.QuerySelector($"[data-valmsg-for='{name}']")?.TextContent.Trim() ?? string.Empty;

    /// <summary>The validation message an action form shows under its element id (confirm-lock-error, dissolve-on-error, …).</summary>
    public static string MessageById(this HtmlPage page, string id) =>
        page.Document.GetElementById(id)?.TextContent.Trim() ?? string.Empty;

    public static string InputValue(this HtmlPage page, string name) =>
        page.Document.QuerySelector<IHtmlInputElement>($"main input[name='{name}']")?.Value ?? throw new InvalidOperationException($"No input {name}.");

    public static string StatusMessage(this HtmlPage page) =>
        page.Document.QuerySelector("main .alert-success[role=status]")?.TextContent.Trim() ?? string.Empty;

    public static string Vi(string english) => RepositoryFiles.Vietnamese[english];

    public static Task<List<AuditEntry>> AuditAsync(this DanVanFactory factory, string action, string entityId) =>
        factory.QueryAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.Action == action && a.EntityId == entityId).OrderBy(a => a.Id).ToListAsync());

    public static Task<List<AuditEntry>> AllAuditAsync(this DanVanFactory factory) =>
        factory.QueryAsync(db => db.AuditEntries.AsNoTracking().OrderBy(a => a.Id).ToListAsync());

    /// <summary>The single audit entry of <paramref name="action"/> on <paramref name="entityId"/>, written by the administrator.</summary>
    public static async Task<AuditEntry> SingleAuditAsync(this DanVanFactory factory, string action, string entityId)
    {
        var entries = await factory.AuditAsync(action, entityId);
        var entry = Assert.Single(entries);
        Assert.Equal("Nguyễn Thị Hồng Nhung", entry.UserName);
        return entry;
    }

    /// <summary>A property of an audit JSON snapshot, whatever the casing of its name.</summary>
    public static JsonElement Property(string? json, string name)
    {
        Assert.NotNull(json);
        using var document = JsonDocument.Parse(json);
        foreach (var property in document.RootElement.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return property.Value.Clone();
            }
        }

        throw new Xunit.Sdk.XunitException($"The audit snapshot {json} has no property {name}.");
    }

    public static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    public static Task<int> UnitIdAsync(this DanVanFactory factory, string code) =>
        factory.QueryAsync(db => db.Units.Where(u => u.Code == code).Select(u => u.Id).SingleAsync());

    /// <summary>Everything a user sees on /Agencies, walking the pager to the end: the units (id → name) and the agencies.</summary>
    public static async Task<AreaView> AreaAsync(HttpClient client)
    {
        var units = new Dictionary<int, string>();
        var agencies = new SortedSet<int>();
        var url = "/Agencies";
        for (var pages = 1; ; pages++)
        {
            Assert.True(pages < 50, "The /Agencies pager does not end.");
            var page = await HtmlPage.GetAsync(client, url);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            foreach (var heading in page.Document.QuerySelectorAll("[data-testid=unit-tree] section > h2[id^='unit-']"))
            {
                var name = heading.ChildNodes.OfType<IText>().FirstOrDefault()?.Text.Trim() ?? string.Empty;
                units[int.Parse(heading.Id!["unit-".Length..], CultureInfo.InvariantCulture)] = name;
            }

            agencies.UnionWith(page.Document.QuerySelectorAll("[data-agency]").Select(e => int.Parse(e.GetAttribute("data-agency")!, CultureInfo.InvariantCulture)));
            if (page.Document.QuerySelector("a[rel=next]") is not { } next || next.ParentElement?.ClassList.Contains("disabled") != false)
            {
                return new AreaView(units, agencies);
            }

            url = next.GetAttribute("href")!;
        }
    }

    public sealed record AreaView(IReadOnlyDictionary<int, string> Units, SortedSet<int> Agencies);
}
