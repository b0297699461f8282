using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using DanVan.Web.Tests.Infrastructure;

namespace DanVan.Web.Tests.Migrations;

/// <summary>
/// Opens pages as one account and follows what they offer: every same-site link and every GET form (with its values as
/// shown), breadth first to <see cref="Depth"/> levels. Addresses that differ only in numbers (another id, another page
/// number) are one address, opened once per account. Never follows sign-out or a change of language.
/// </summary>
internal sealed partial class PortalWalk
{
    public const int Depth = 2;

    private static readonly string[] NotFollowed = ["/Account/Logout", "/Culture", "/lib/", "/css/", "/js/", "/img/", "/favicon", "/scalar/"];

    private readonly HashSet<string> _opened = new(StringComparer.Ordinal);

    public int Requests { get; private set; }

    public List<string> ServerErrors { get; } = [];

    public async Task WalkAsync(HttpClient client, string account, IEnumerable<string> start)
    {
        var frontier = start.ToList();
        for (var level = 0; level <= Depth && frontier.Count > 0; level++)
        {
            var next = new List<string>();
            foreach (var url in frontier.Where(u => _opened.Add($"{account} {Shape(u)}")))
            {
                using var response = await client.GetAsync(url);
                Requests++;
                if ((int)response.StatusCode >= 500)
                {
                    ServerErrors.Add($"{account}: GET {url} answered {(int)response.StatusCode}");
                }
                else if (level < Depth && response.StatusCode == HttpStatusCode.OK && response.Content.Headers.ContentType?.MediaType == "text/html")
                {
                    next.AddRange(Offered(await HtmlPage.ParseAsync(response), url));
                }
            }

            frontier = next;
        }
    }

    /// <summary>The addresses a page links to and those its GET forms submit to.</summary>
    private static IEnumerable<string> Offered(HtmlPage page, string url)
    {
        var links = page.Document.QuerySelectorAll<IHtmlAnchorElement>("a[href]").Select(a => a.GetAttribute("href")!);
        var forms = page.Document.QuerySelectorAll<IHtmlFormElement>("form").Where(f => string.Equals(f.GetAttribute("method"), "get", StringComparison.OrdinalIgnoreCase))
            .Select(f => Submitted(f, url));
        return links.Concat(forms).Where(u => u.StartsWith('/') && !u.StartsWith("//", StringComparison.Ordinal) && !NotFollowed.Any(n => u.StartsWith(n, StringComparison.OrdinalIgnoreCase)))
            .Select(u => WebUtility.HtmlDecode(u)!);
    }

    /// <summary>A GET form as submitted with what it shows; an empty search box gets a word to search for.</summary>
    private static string Submitted(IHtmlFormElement form, string url)
    {
        var fields = form.QuerySelectorAll<IHtmlInputElement>("input[name]")
            .Where(i => i.Type is not ("submit" or "button" or "file") && (i.Type is not ("checkbox" or "radio") || i.IsChecked))
            .Select(i => (i.Name!, i.Type is "search" or "text" && i.Name == "q" && i.Value.Length == 0 ? "hang" : i.Value))
            .Concat(form.QuerySelectorAll<IHtmlSelectElement>("select[name]").Select(s => (s.Name!, s.Value ?? string.Empty)));
        var action = form.GetAttribute("action") is { Length: > 0 } a ? a : url.Split('?')[0];
        return $"{action.Split('?')[0]}?{string.Join('&', fields.Select(f => $"{Uri.EscapeDataString(f.Item1)}={Uri.EscapeDataString(f.Item2)}"))}";
    }

    /// <summary>An address with its numbers and its query's order left out: /Reports/Details/12?b=1&amp;a=2 is /Reports/Details/#?a=#&amp;b=#.</summary>
    private static string Shape(string url)
    {
        var parts = url.Split('?', 2);
        var query = parts.Length == 2 ? string.Join('&', parts[1].Split('&').Order(StringComparer.Ordinal)) : string.Empty;
        return Numbers().Replace($"{parts[0]}?{query}", "#");
    }

    [GeneratedRegex("[0-9]+")]
    private static partial Regex Numbers();
}
