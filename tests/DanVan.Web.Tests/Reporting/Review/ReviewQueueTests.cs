using System.Linq.Expressions;
using System.Net;
using DanVan.Data.Seeding;
using DanVan.Domain.Organization;
using DanVan.Domain.Reporting;
using DanVan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Tests.Reporting.Review;

/// <summary>Who sees which reports in the review queue, and who may open a report for review. Nothing here changes data.</summary>
public sealed class ReviewQueueTests(SignedInFactory factory) : IClassFixture<SignedInFactory>
{
    [Fact]
    public async Task Hoan_Kiem_reviewer_queue_lists_exactly_the_submitted_reports_of_Hoan_Kiem_and_its_wards_oldest_first()
    {
        var expected = await SubmittedAsync(r => r.Agency!.Unit!.Code == "HN-HK" || r.Agency.Unit.Parent!.Code == "HN-HK");

        var page = await GetAsync(DemoAccounts.HoanKiemReviewer, "/Review");

        Assert.NotEmpty(expected);
        Assert.Equal(expected, ReviewData.QueueIds(page));
        var table = page.Document.QuerySelector("[data-testid=review-queue]")!.TextContent;
        foreach (var outside in new[] { "Phúc Xá", "Trúc Bạch", "Điện Biên", "Sở Y tế" })
        {
            Assert.DoesNotContain(outside, table, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Ba_Dinh_reviewer_queue_lists_the_Ba_Dinh_ward_reports_and_nothing_of_Hoan_Kiem()
    {
        var expected = await SubmittedAsync(r => r.Agency!.Unit!.Level == UnitLevel.Ward && r.Agency.Unit.Parent!.Code == "HN-BD");
        var hoanKiem = await SubmittedAsync(r => r.Agency!.Code.StartsWith("HN-HK"));

        var page = await GetAsync(DemoAccounts.BaDinhReviewer, "/Review");

        Assert.NotEmpty(expected);
        Assert.Equal(expected, ReviewData.QueueIds(page));
        Assert.Empty(ReviewData.QueueIds(page).Intersect(hoanKiem));
        Assert.DoesNotContain("Hoàn Kiếm", page.Document.QuerySelector("[data-testid=review-queue]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task City_reviewer_queue_lists_city_and_district_agencies_only()
    {
        var expected = await SubmittedAsync(r => r.Agency!.Unit!.Level == UnitLevel.City || r.Agency.Unit.Level == UnitLevel.District);
        var wards = await SubmittedAsync(r => r.Agency!.Unit!.Level == UnitLevel.Ward);

        var page = await GetAsync(DemoAccounts.CityReviewer, "/Review");

        Assert.NotEmpty(expected);
        Assert.NotEmpty(wards);
        Assert.Equal(expected, ReviewData.QueueIds(page));
    }

    [Fact]
    public async Task Queue_filters_by_period_and_by_timeliness()
    {
        var currentPeriod = await factory.QueryAsync(db => db.Periods
            .Where(p => p.Kind == PeriodKind.Quarter && p.Year == 2026 && p.Number == ReviewData.CurrentQuarter).Select(p => p.Id).SingleAsync());
        Expression<Func<ProgressReport, bool>> hoanKiemWards = r => r.Agency!.Unit!.Code == "HN-HK" || r.Agency.Unit.Parent!.Code == "HN-HK";
        var inPeriod = await SubmittedAsync(hoanKiemWards, r => r.PeriodId == currentPeriod);
        var onTime = await SubmittedAsync(hoanKiemWards, r => !r.IsLate);

        var byPeriod = await GetAsync(DemoAccounts.HoanKiemReviewer, $"/Review?period={currentPeriod}");
        var byTimeliness = await GetAsync(DemoAccounts.HoanKiemReviewer, "/Review?late=false");

        Assert.NotEmpty(inPeriod);
        Assert.Equal(inPeriod, ReviewData.QueueIds(byPeriod));
        Assert.Equal(onTime, ReviewData.QueueIds(byTimeliness));
        Assert.Equal("selected", byPeriod.Document.QuerySelector($"#period option[value='{currentPeriod}']")?.GetAttribute("selected"));
    }

    [Fact]
    public async Task Queue_shows_the_returns_and_submissions_counted_in_the_database()
    {
        var expected = await factory.QueryAsync(db => db.Reports.Where(r => r.Status == ReportStatus.Submitted && (r.Agency!.Unit!.Code == "HN-HK" || r.Agency.Unit.Parent!.Code == "HN-HK"))
            .ToDictionaryAsync(r => r.Id, r => (Returned: r.Transitions.Count(t => t.To == ReportStatus.Returned), r.Version)));

        var page = await GetAsync(DemoAccounts.HoanKiemReviewer, "/Review");

        foreach (var row in page.Document.QuerySelectorAll("[data-testid=review-queue] tr[data-report]"))
        {
            var (returned, version) = expected[int.Parse(row.GetAttribute("data-report")!, System.Globalization.CultureInfo.InvariantCulture)];
            Assert.Equal(returned.ToString(System.Globalization.CultureInfo.InvariantCulture), row.QuerySelector("[data-testid=times-returned]")!.TextContent.Trim());
            Assert.StartsWith(version.ToString(System.Globalization.CultureInfo.InvariantCulture), row.QuerySelector("[data-testid=submissions]")!.TextContent.Trim(), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(DemoAccounts.HangBacHead)]
    [InlineData(DemoAccounts.HoanKiemHead)]
    [InlineData(DemoAccounts.CityViewer)]
    [InlineData(DemoAccounts.Admin)]
    public async Task Accounts_that_do_not_review_are_refused_the_queue_and_the_review_page(string account)
    {
        var reportId = await factory.ReportIdAsync("HN-HK-HT-UBND", ReviewData.CurrentQuarter);
        var client = await factory.ClientAsync(account);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/Review")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/Review/Report/{reportId}")).StatusCode);
    }

    [Theory]
    [InlineData("HN-BD-PX-UBND", ReviewData.LastQuarter)]
    [InlineData("HN-SYT", ReviewData.LastQuarter)]
    public async Task Hoan_Kiem_reviewer_cannot_open_reports_they_do_not_review(string agencyCode, int quarter)
    {
        var reportId = await factory.ReportIdAsync(agencyCode, quarter);
        var client = await factory.ClientAsync(DemoAccounts.HoanKiemReviewer);

        var response = await client.GetAsync($"/Review/Report/{reportId}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain("report-header", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Opening_a_report_that_does_not_exist_gives_404()
    {
        var client = await factory.ClientAsync(DemoAccounts.HoanKiemReviewer);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/Review/Report/999999")).StatusCode);
    }

    [Fact]
    public async Task Reviewer_reads_the_report_beside_the_same_agencys_report_for_the_previous_period()
    {
        var reportId = await factory.ReportIdAsync("HN-HK-HT-UBND", ReviewData.CurrentQuarter);

        var page = await GetAsync(DemoAccounts.HoanKiemReviewer, $"/Review/Report/{reportId}");

        Assert.Contains("Quý IV/2026", page.Document.QuerySelector("[data-testid=current-report] [data-testid=report-header]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Quý III/2026", page.Document.QuerySelector("[data-testid=previous-report] [data-testid=report-header]")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.Document.QuerySelector("form[action*='handler=Accept']"));
        Assert.NotNull(page.Document.QuerySelector("form[action*='handler=Return'] textarea[name^='Input.LineComments[']"));
        Assert.Null(page.Document.QuerySelector("a[href^='/Admin/Reports/Reopen']"));
    }

    private async Task<HtmlPage> GetAsync(string account, string url)
    {
        var page = await HtmlPage.GetAsync(await factory.ClientAsync(account), url);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        return page;
    }

    private Task<List<int>> SubmittedAsync(params Expression<Func<ProgressReport, bool>>[] filters) =>
        factory.QueryAsync(db => filters.Aggregate(db.Reports.Where(r => r.Status == ReportStatus.Submitted), (q, f) => q.Where(f))
            .OrderBy(r => r.SubmittedAtUtc).ThenBy(r => r.Id).Select(r => r.Id).ToListAsync());
}
