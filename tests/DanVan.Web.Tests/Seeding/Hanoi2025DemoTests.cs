using System.Net;
using DanVan.Data.Seeding;
using DanVan.Domain.Reporting;
using DanVan.Web.Tests.Dashboard;
using DanVan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Tests.Seeding;

/// <summary>The demo as a newcomer opens it: Hanoi of today, its communes and wards under the city since 1 July 2025.</summary>
public sealed class Hanoi2025DemoTests(Hanoi2025DemoTests.Hanoi2025Factory factory) : IClassFixture<Hanoi2025DemoTests.Hanoi2025Factory>
{
    [Fact]
    public async Task Quarters_run_from_the_first_of_2024_to_the_current_one()
    {
        var quarters = await factory.QueryAsync(db => db.Periods.Where(p => p.Kind == PeriodKind.Quarter).OrderBy(p => p.DataTo).Select(p => new { p.Year, p.Number }).ToListAsync());

        Assert.Equal(new { Year = 2024, Number = 1 }, quarters[0]);
        Assert.Equal(new { Year = 2026, Number = 4 }, quarters[^1]);
        Assert.Equal(12, quarters.Count);
    }

    [Fact]
    public async Task The_current_quarter_shows_the_new_wards_under_the_city_and_a_past_one_the_districts()
    {
        var client = await factory.ClientAsync(DemoAccounts.CityReviewer);
        var current = await HtmlPage.GetAsync(client, $"/Dashboard?period={await factory.PeriodIdAsync(2026, 4)}");
        var past = await HtmlPage.GetAsync(client, $"/Dashboard?period={await factory.PeriodIdAsync(2025, 2)}");

        var currentRows = current.Document.QuerySelector("[data-testid=by-unit]")!.TextContent;
        var pastRows = past.Document.QuerySelector("[data-testid=by-unit]")!.TextContent;
        foreach (var (_, name, _) in Restructuring2025Seed.Wards)
        {
            Assert.Contains(name, currentRows, StringComparison.Ordinal);
            Assert.DoesNotContain(name, pastRows, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("Quận", currentRows, StringComparison.Ordinal);
        Assert.Contains("Quận Hoàn Kiếm", pastRows, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_former_district_reviewer_reads_the_last_quarter_of_the_district_and_not_the_current_one()
    {
        var client = await factory.ClientAsync(DemoAccounts.HoanKiemReviewer);

        var home = await HtmlPage.GetAsync(client, "/Dashboard");
        var current = await client.GetAsync($"/Dashboard?period={await factory.PeriodIdAsync(2026, 4)}");

        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Contains("II/2025", home.Document.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Hoàn Kiếm", home.Document.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, current.StatusCode);
    }

    [Fact]
    public async Task The_new_wards_report_to_the_city_reviewer()
    {
        var waiting = await factory.QueryAsync(db => db.Reports
            .Where(r => r.Status == ReportStatus.Submitted && r.Agency!.Unit!.Code.StartsWith("HN-P-")).Select(r => r.Id).ToListAsync());

        var queue = await HtmlPage.GetAsync(await factory.ClientAsync(DemoAccounts.CityReviewer), "/Review");

        Assert.NotEmpty(waiting);
        Assert.All(waiting, id => Assert.NotNull(queue.Document.QuerySelector($"[data-report='{id}']")));
    }

    [Fact]
    public async Task The_new_wards_head_drafts_the_current_report()
    {
        var client = await factory.ClientAsync(DemoAccounts.HoanKiemWardHead);

        var reports = await HtmlPage.GetAsync(client, "/Reports");

        Assert.Equal(HttpStatusCode.OK, reports.StatusCode);
        Assert.Equal(ReportStatus.Draft, await factory.QueryAsync(db => db.Reports
            .Where(r => r.Agency!.Code == "HN-P-HK-UBND" && r.Period!.Year == 2026 && r.Period.Number == 4).Select(r => r.Status).SingleAsync()));
        Assert.Contains("Ủy ban nhân dân phường Hoàn Kiếm", reports.Document.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_merged_wards_first_report_is_compared_with_its_predecessors_reports()
    {
        var reportId = await factory.QueryAsync(db => db.Reports
            .Where(r => r.Agency!.Code == "HN-P-HK-UBND" && r.Period!.Year == 2025 && r.Period.Number == 3).Select(r => r.Id).SingleAsync());

        var page = await HtmlPage.GetAsync(await factory.ClientAsync(DemoAccounts.CityReviewer), $"/Review/Report/{reportId}");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var predecessors = page.Document.QuerySelector("[data-testid=predecessor-reports]")!.TextContent;
        Assert.Contains("II/2025", predecessors, StringComparison.Ordinal);
        foreach (var ward in new[] { "Hàng Bạc", "Hàng Trống", "Tràng Tiền" })
        {
            Assert.Contains($"Ủy ban nhân dân phường {ward}", predecessors, StringComparison.Ordinal);
        }
    }

    /// <summary>The demo with Hanoi's restructuring, as <c>dotnet run</c> seeds it.</summary>
    public sealed class Hanoi2025Factory : SignedInFactory
    {
        protected override bool Hanoi2025 => true;
    }
}
