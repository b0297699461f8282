using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using DanVan.Domain.Reporting;
using DanVan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Tests.Reporting.Editing;

/// <summary>Opens the report form of the signed-in user's agency and posts it back the way a browser would, every field included.</summary>
internal static class ReportEditor
{
    public const string HangBac = "HN-HK-HB-UBND";

    /// <summary>Q4/2026, the period open at the tests' default clock.</summary>
    public static Task<int> CurrentPeriodIdAsync(this DanVanFactory factory) =>
        factory.QueryAsync(db => db.Periods.Where(p => p.Kind == PeriodKind.Quarter && p.Year == 2026 && p.Number == 4).Select(p => p.Id).SingleAsync());

    public static Task<ProgressReport?> HangBacReportAsync(this DanVanFactory factory, int periodId) =>
        factory.QueryAsync(db => db.Reports.AsNoTracking().WithContentForTests()
            .SingleOrDefaultAsync(r => r.Agency!.Code == HangBac && r.PeriodId == periodId));

    /// <summary>Opens the report form, starting the report first (a POST, as the "Draft the report" button does) when it has not been started.</summary>
    public static async Task<HtmlPage> OpenAsync(HttpClient client, int periodId)
    {
        var page = await HtmlPage.GetAsync(client, $"/Reports/Edit/{periodId}");
        Assert.Equal(System.Net.HttpStatusCode.OK, page.StatusCode);
        if (page.Document.QuerySelector("[data-testid=start-report-form]") is null)
        {
            return page;
        }

        var started = await page.PostFormAsync(client, "[data-testid=start-report-form]", new Dictionary<string, string>());
        Assert.Equal(System.Net.HttpStatusCode.Redirect, started.StatusCode);
        page = await HtmlPage.GetAsync(client, started.Headers.Location!.OriginalString);
        Assert.Equal(System.Net.HttpStatusCode.OK, page.StatusCode);
        return page;
    }

    /// <summary>Every field of the report form as the browser would post it: inputs, text areas and the chosen options.</summary>
    public static Dictionary<string, string> Fields(HtmlPage page)
    {
        var form = Form(page);
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

        return fields;
    }

    /// <summary>Posts the form to a handler ("Save" or "Submit") after <paramref name="change"/> has typed into it.</summary>
    public static Task<HttpResponseMessage> PostAsync(HttpClient client, HtmlPage page, string handler, Action<Dictionary<string, string>>? change = null)
    {
        var fields = Fields(page);
        change?.Invoke(fields);
        var path = page.Response.RequestMessage!.RequestUri!.AbsolutePath;
        return client.PostAsync($"{path}?handler={handler}", new FormUrlEncodedContent(fields));
    }

    /// <summary>The form-field prefix of the n-th line section ("Input.Lines[n]").</summary>
    /// <summary>Submits the head's report of the period with an assessment and its first line done on 20/11/2026, with results.</summary>
    public static async Task<HttpResponseMessage> SubmitFirstLineDoneAsync(HttpClient head, int periodId, string assessment)
    {
        var form = await OpenAsync(head, periodId);
        return await PostAsync(head, form, "Submit", fields =>
        {
            fields["Input.OverallAssessment"] = assessment;
            (fields[$"{Line(0)}.Progress"], fields[$"{Line(0)}.CompletedOn"], fields[$"{Line(0)}.Percent"]) = ("Done", "2026-11-20", "100");
            fields[$"{Line(0)}.Results"] = "Đã tổ chức hội nghị đối thoại với Nhân dân.";
        });
    }

    public static string Line(int n) => $"Input.Lines[{n.ToString(CultureInfo.InvariantCulture)}]";

    /// <summary>The error message shown next to a field, or null.</summary>
    public static string? ErrorFor(HtmlPage page, string field) =>
        page.Document.QuerySelector($"span[data-valmsg-for='{field}']")?.TextContent.Trim() is { Length: > 0 } text ? text : null;

    public static string? ValueOf(HtmlPage page, string field) =>
        Form(page).QuerySelector($"[name='{field}']") switch
        {
            IHtmlTextAreaElement area => area.Value,
            IHtmlInputElement input => input.Value,
            IHtmlSelectElement select => select.Value,
            _ => null,
        };

    private static IHtmlFormElement Form(HtmlPage page) =>
        page.Document.QuerySelector<IHtmlFormElement>("#report-form") ?? throw new InvalidOperationException("The page has no report form.");

    private static IQueryable<ProgressReport> WithContentForTests(this IQueryable<ProgressReport> reports) =>
        Data.ReportQueries.WithContent(reports).Include(r => r.Transitions).Include(r => r.Versions);
}
