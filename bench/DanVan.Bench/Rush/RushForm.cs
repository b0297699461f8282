using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace DanVan.Bench.Rush;

/// <summary>The report form as a browser posts it: every field read from the page, a few typed into, sent to a handler.</summary>
internal static class RushForm
{
    private static readonly HtmlParser Parser = new();

    /// <summary>GETs the form; starts the report first if the page offers to. Null when the page is not the form.</summary>
    public static async Task<(IHtmlDocument Page, Uri Address)?> OpenAsync(HttpClient client, int periodId)
    {
        var address = new Uri($"/Reports/Edit/{periodId}", UriKind.Relative);
        var document = await GetAsync(client, address);
        if (document?.QuerySelector<IHtmlFormElement>("[data-testid=start-report-form]") is { } start)
        {
            var started = await client.PostAsync(address.OriginalString + "?handler=Start", new FormUrlEncodedContent(Hidden(start)));
            if (started.StatusCode != HttpStatusCode.Redirect)
            {
                return null;
            }

            document = await GetAsync(client, address);
        }

        return document?.QuerySelector("#report-form") is null ? null : (document, address);
    }

    /// <summary>Posts the form to "Save" or "Submit" with every line in progress at 50 % and <paramref name="marker"/> in the assessment.</summary>
    public static Task<HttpResponseMessage> PostAsync(HttpClient client, IHtmlDocument page, Uri address, string handler, string marker)
    {
        var form = page.QuerySelector<IHtmlFormElement>("#report-form")!;
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var input in form.QuerySelectorAll<IHtmlInputElement>("input[name]").Where(i => i.Type != "submit"))
        {
            fields[input.Name!] = input.Value;
        }

        foreach (var area in form.QuerySelectorAll<IHtmlTextAreaElement>("textarea[name]"))
        {
            fields[area.Name!] = area.Value;
        }

        foreach (var select in form.QuerySelectorAll<IHtmlSelectElement>("select[name]"))
        {
            fields[select.Name!] = select.Value ?? string.Empty;
        }

        fields["Input.OverallAssessment"] = $"Đánh giá chung của đơn vị trong quý {marker}";
        foreach (var progress in fields.Keys.Where(k => k.EndsWith("].Progress", StringComparison.Ordinal)).ToList())
        {
            var line = progress[..^"Progress".Length];
            fields[progress] = "InProgress";
            fields[line + "Percent"] = "50";
            fields[line + "CompletedOn"] = string.Empty;
            fields[line + "Results"] = $"Đã triển khai các nội dung theo kế hoạch {marker}";
        }

        return client.PostAsync($"{address.OriginalString}?handler={handler}", new FormUrlEncodedContent(fields));
    }

    private static async Task<IHtmlDocument?> GetAsync(HttpClient client, Uri address)
    {
        using var response = await client.GetAsync(address);
        return response.StatusCode == HttpStatusCode.OK ? await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync()) : null;
    }

    private static Dictionary<string, string> Hidden(IHtmlFormElement form) =>
        form.QuerySelectorAll<IHtmlInputElement>("input[type=hidden]").Where(i => !string.IsNullOrEmpty(i.Name))
            .ToDictionary(i => i.Name!, i => i.Value, StringComparer.Ordinal);

    public static string Percentile(List<double> times, double p)
    {
        if (times.Count == 0)
        {
            return "–";
        }

        var sorted = times.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)].ToString("0.0", CultureInfo.InvariantCulture);
    }
}
