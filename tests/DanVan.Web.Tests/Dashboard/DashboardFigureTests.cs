using System.Globalization;
using System.Net;
using DanVan.Data;
using DanVan.Data.Seeding;
using DanVan.Domain;
using DanVan.Domain.Organization;
using DanVan.Domain.Reporting;
using DanVan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using TaskStatus = DanVan.Domain.Reporting.TaskStatus;

namespace DanVan.Web.Tests.Dashboard;

/// <summary>The dashboard's figures equal figures computed here, line by line, from the database.</summary>
public sealed class DashboardFigureTests(SignedInFactory factory) : IClassFixture<SignedInFactory>
{
    [Fact]
    public async Task Headline_figures_and_rates_by_level_match_the_reports_in_the_database()
    {
        var expected = await ExpectedAsync(_ => true);

        var page = await GetAsync(DemoAccounts.CityReviewer, "/Dashboard");

        Assert.Equal(expected.Count, Figure(page, "expected"));
        Assert.Equal(expected.Count(e => e.Version >= 1), Figure(page, "submitted"));
        Assert.Equal(expected.Count(e => e.Version >= 1 && !e.IsLate), Figure(page, "ontime"));
        Assert.Equal(expected.Count(e => e.Version >= 1 && e.IsLate), Figure(page, "late"));
        Assert.Equal(expected.Count(e => e.Version == 0), Figure(page, "missing"));
        Assert.Equal(expected.Count(e => e.Version >= 1 && e.Status == ReportStatus.Accepted), Figure(page, "accepted"));
        Assert.True(expected.Any(e => e.Version >= 1), "The demo data should have submitted reports in the current period.");
        foreach (var level in Enum.GetValues<UnitLevel>())
        {
            var atLevel = expected.Where(e => e.Level == level).ToList();
            if (atLevel.Count == 0)
            {
                continue;
            }

            var row = page.Document.QuerySelector($"[data-testid=by-level] tr[data-level={level}]")!;
            Assert.Equal(atLevel.Count.ToString(CultureInfo.InvariantCulture), row.QuerySelector("[data-col=expected]")!.TextContent);
            Assert.Equal(atLevel.Count(e => e.Version >= 1).ToString(CultureInfo.InvariantCulture), row.QuerySelector("[data-col=submitted]")!.TextContent);
            var rate = Math.Round(100.0 * atLevel.Count(e => e.Version >= 1) / atLevel.Count, 1);
            Assert.Equal($"{rate.ToString(CultureInfo.GetCultureInfo("vi-VN"))} %", row.QuerySelector("[data-col=rate]")!.TextContent);
        }
    }

    [Fact]
    public async Task Task_status_counts_follow_the_status_rule_for_every_submitted_line()
    {
        var today = Hanoi.Today(factory.Clock);
        var lines = await factory.QueryAsync(db => CurrentPeriodLines(db).Select(l => new { l.Progress, l.Assignment!.DueOn, l.CompletedOn, Due = l.Report!.Period!.DueOn }).ToListAsync());
        var statuses = lines.Select(l => TaskStatusRule.Derive(l.Progress, l.DueOn, l.CompletedOn, today < l.Due ? today : l.Due)).ToList();

        var page = await GetAsync(DemoAccounts.CityReviewer, "/Dashboard");

        Assert.NotEmpty(lines);
        Assert.Equal(lines.Count.ToString(CultureInfo.InvariantCulture), page.Document.QuerySelector("[data-testid=tasks-total]")!.TextContent);
        foreach (var status in Enum.GetValues<TaskStatus>())
        {
            Assert.Equal(statuses.Count(s => s == status).ToString(CultureInfo.InvariantCulture), page.Document.QuerySelector($"[data-testid=tasks-{status}]")!.TextContent);
        }
    }

    [Fact]
    public async Task Indicator_total_is_the_sum_of_the_values_in_submitted_reports()
    {
        const string indicator = "Số hội nghị đối thoại, tiếp công dân của người đứng đầu";
        await factory.SubmitIndicatorAsync("HN-CG-UBND", indicator, 5);
        await factory.SubmitIndicatorAsync("HN-CG-DV-UBND", indicator, 7);
        var (id, total, caugiayTotal) = await factory.QueryAsync(async db =>
        {
            var indicatorId = await db.Indicators.Where(i => i.Name == indicator).Select(i => i.Id).SingleAsync();
            var lines = await CurrentPeriodLines(db).Select(l => new { l.Id, Unit = l.Report!.Agency!.Unit!.Code }).ToListAsync();
            var unitOfLine = lines.ToDictionary(l => l.Id, l => l.Unit);
            var values = (await db.IndicatorValues.Where(v => v.IndicatorId == indicatorId).Select(v => new { v.LineId, v.Value }).ToListAsync())
                .Where(v => unitOfLine.ContainsKey(v.LineId))
                .Select(v => new { v.Value, Unit = unitOfLine[v.LineId] })
                .ToList();
            return (indicatorId, values.Sum(v => v.Value), values.Where(v => v.Unit.StartsWith("HN-CG", StringComparison.Ordinal)).Sum(v => v.Value));
        });

        var page = await GetAsync(DemoAccounts.CityReviewer, "/Dashboard");

        Assert.True(caugiayTotal >= 12m, "The two values submitted in Cầu Giấy count.");
        Assert.Equal(Number(total), page.Document.QuerySelector($"[data-testid=indicator-total-{id}]")!.TextContent);
        var caugiay = await factory.UnitIdAsync("HN-CG");
        Assert.Equal(Number(caugiayTotal), page.Document.QuerySelector($"[data-testid=indicators] tr[data-unit='{caugiay}'] td[data-indicator='{id}']")!.TextContent);
    }

    private static string Number(decimal value) => value.ToString("#,##0.##", System.Globalization.CultureInfo.GetCultureInfo("vi-VN"));

    [Fact]
    public async Task An_agencys_matrix_cell_links_to_its_report_line_and_a_units_cell_drills_down()
    {
        var hangBac = await factory.UnitIdAsync("HN-HK-HB");
        var hangTrong = await factory.UnitIdAsync("HN-HK-HT");
        var line = await factory.QueryAsync(db => CurrentPeriodLines(db).Where(l => l.Report!.Agency!.Code == "HN-HK-HT-UBND").Select(l => new { l.Id, l.ReportId }).FirstAsync());

        var district = await GetAsync(DemoAccounts.CityReviewer, $"/Dashboard?unit={await factory.UnitIdAsync("HN-HK")}");
        var ward = await GetAsync(DemoAccounts.CityReviewer, $"/Dashboard?unit={hangTrong}");

        Assert.NotNull(district.Document.QuerySelector($"[data-testid=matrix] tr[data-row-unit='{hangBac}'] td a[href*='unit={hangBac}']"));
        Assert.NotNull(ward.Document.QuerySelector($"[data-testid=matrix] a[href='/Reports/Details/{line.ReportId}#line-{line.Id}']"));
        var crumbs = ward.Document.QuerySelectorAll("[data-testid=breadcrumb] li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(["Thành phố Hà Nội", "Quận Hoàn Kiếm", "Phường Hàng Trống"], crumbs);
    }

    private static IQueryable<ReportLine> CurrentPeriodLines(DanVanDbContext db) =>
        db.ReportLines.Where(l => l.Report!.Version >= 1 && l.Report.Period!.Year == 2026 && l.Report.Period.Number == 4 && l.Report.Period.Kind == PeriodKind.Quarter
            && l.Report.Agency!.IsActive && l.Assignment!.Task!.Directive!.Code == DirectiveSeed.DirectiveCode);

    private Task<List<ExpectedAgency>> ExpectedAsync(Func<string, bool> code) => factory.QueryAsync(async db =>
    {
        var periodId = await factory.PeriodIdAsync(2026, 4);
        var agencies = await db.Agencies.Where(a => a.IsActive && db.Assignments.Any(s => s.AgencyId == a.Id && s.Task!.Directive!.Code == DirectiveSeed.DirectiveCode))
            .Select(a => new { a.Id, a.Code, a.Unit!.Level }).ToListAsync();
        var reports = await db.Reports.Where(r => r.PeriodId == periodId).ToDictionaryAsync(r => r.AgencyId);
        return agencies.Where(a => code(a.Code)).Select(a => reports.TryGetValue(a.Id, out var r)
            ? new ExpectedAgency(a.Level, r.Version, r.IsLate, r.Status)
            : new ExpectedAgency(a.Level, 0, false, ReportStatus.Draft)).ToList();
    });

    private async Task<HtmlPage> GetAsync(string account, string url)
    {
        var page = await HtmlPage.GetAsync(await factory.ClientAsync(account), await factory.OnCurrentPeriodAsync(url));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        return page;
    }

    private static int Figure(HtmlPage page, string key) =>
        int.Parse(page.Document.QuerySelector($"[data-testid=figure-{key}]")!.TextContent, CultureInfo.InvariantCulture);

    private sealed record ExpectedAgency(UnitLevel Level, int Version, bool IsLate, ReportStatus Status);
}
