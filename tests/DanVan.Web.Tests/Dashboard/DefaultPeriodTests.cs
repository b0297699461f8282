using System.Net;
using DanVan.Data.Seeding;
using DanVan.Web.Tests.Infrastructure;

namespace DanVan.Web.Tests.Dashboard;

/// <summary>
/// The dashboard opens on the latest quarter whose due date has passed (Q3/2026 on the tests' 26/11/2026), says so, and
/// offers the quarter still being reported a click away, which says how far its reporting has got.
/// </summary>
public sealed class DefaultPeriodTests(SignedInFactory factory) : IClassFixture<SignedInFactory>
{
    [Fact]
    public async Task Dashboard_opens_on_the_latest_quarter_past_its_due_date_and_links_to_the_current_one()
    {
        var client = await factory.ClientAsync(DemoAccounts.CityReviewer);

        var page = await HtmlPage.GetAsync(client, "/Dashboard");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Quý III/2026", page.Document.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        var note = page.Document.QuerySelector("[data-testid=period-note]")!;
        Assert.Contains("Quý III/2026 đã qua hạn báo cáo (20/09/2026)", note.TextContent, StringComparison.Ordinal);
        var link = note.QuerySelector("[data-testid=current-period-link]")!;
        Assert.Contains("Quý IV/2026", link.TextContent, StringComparison.Ordinal);

        var current = await HtmlPage.GetAsync(client, link.GetAttribute("href")!);

        Assert.Contains("Quý IV/2026", current.Document.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        var stillOpen = current.Document.QuerySelector("[data-testid=period-note]")!.TextContent;
        Assert.Contains("Quý IV/2026 vẫn đang trong thời gian báo cáo (hạn 20/12/2026)", stillOpen, StringComparison.Ordinal);
        Assert.Contains("% đã gửi", stillOpen, StringComparison.Ordinal);
        Assert.Null(current.Document.QuerySelector("[data-testid=current-period-link]"));
    }

    [Fact]
    public async Task The_export_and_the_consolidated_report_default_to_the_same_quarter()
    {
        var client = await factory.ClientAsync(DemoAccounts.CityReviewer);

        var export = await client.GetAsync("/Dashboard/Export");
        var form = await HtmlPage.GetAsync(client, "/Dashboard/Report");

        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Contains("2026-Q3", Uri.UnescapeDataString(export.Content.Headers.ContentDisposition!.FileNameStar ?? export.Content.Headers.ContentDisposition.FileName!), StringComparison.Ordinal);
        Assert.Contains("Quý III/2026", form.Document.QuerySelector("#Period option[selected]")!.TextContent, StringComparison.Ordinal);
    }
}
