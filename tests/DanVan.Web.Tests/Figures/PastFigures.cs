using System.Net;
using System.Text.RegularExpressions;
using DanVan.Web.Tests.Exports;
using DanVan.Web.Tests.Infrastructure;

namespace DanVan.Web.Tests.Figures;

/// <summary>What a dashboard, its Excel export and its Word report say for one period and unit, as text to compare.</summary>
internal sealed record PastFigures(string Dashboard, string Workbook, string Report)
{
    public static async Task<PastFigures> CaptureAsync(HttpClient client, int periodId, int unitId)
    {
        var page = await HtmlPage.GetAsync(client, $"/Dashboard?period={periodId}&unit={unitId}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var figures = page.Document.QuerySelectorAll("[data-testid^=figure-], [data-testid=by-level], [data-testid=by-unit], [data-testid=matrix], [data-testid=indicators], [data-testid=task-statuses], [data-testid=trend], [data-testid^=list-]")
            .Select(e => e.GetAttribute("data-testid") + ": " + Squeeze(e.TextContent));
        using var workbook = await XlsxFile.DownloadAsync(client, $"/Dashboard/Export?period={periodId}&unit={unitId}");
        var cells = workbook.AllCells.Select(c => c.CellReference + "=" + (XlsxFile.Text(c) ?? c.CellValue?.Text));
        using var report = await WordReport.DownloadAsync(client, $"period={periodId}&unit={unitId}");
        return new PastFigures(string.Join('\n', figures), string.Join('\n', cells), report.Text);
    }

    /// <summary>The headline figure shown under <paramref name="key"/> (expected, submitted, …).</summary>
    public static async Task<int> FigureAsync(HttpClient client, int periodId, int unitId, string key)
    {
        var page = await HtmlPage.GetAsync(client, $"/Dashboard?period={periodId}&unit={unitId}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        return int.Parse(page.Document.QuerySelector($"[data-testid=figure-{key}]")!.TextContent, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string Squeeze(string text) => Regex.Replace(text, @"\s+", " ").Trim();
}
