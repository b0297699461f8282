using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using DanVan.Data.Seeding;
using DanVan.Domain.Reporting;
using DanVan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Tests.Authorization;

/// <summary>Lists and the home page show exactly the user's scope; expectations are computed from the database, not the pages.</summary>
public sealed class ScopeTests(SignedInFactory factory) : IClassFixture<SignedInFactory>
{
    [Fact]
    public async Task Ward_head_lists_only_the_agencies_of_their_ward()
    {
        var page = await GetAsync(DemoAccounts.HangBacHead, "/Agencies");

        var tree = page.Document.QuerySelector("[data-testid=unit-tree]")!.TextContent;
        Assert.Contains("Phường Hàng Bạc", tree, StringComparison.Ordinal);
        Assert.DoesNotContain("Hàng Trống", tree, StringComparison.Ordinal);
        Assert.DoesNotContain("Ba Đình", tree, StringComparison.Ordinal);
        Assert.DoesNotContain("Sở Nội vụ", tree, StringComparison.Ordinal);
        Assert.Equal(await AgencyIdsAsync(code => code.StartsWith("HN-HK-HB-", StringComparison.Ordinal)), ListedAgencies(page));
    }

    [Fact]
    public async Task District_reviewer_lists_their_district_and_its_wards_only()
    {
        var page = await GetAsync(DemoAccounts.HoanKiemReviewer, "/Agencies");

        var tree = page.Document.QuerySelector("[data-testid=unit-tree]")!.TextContent;
        foreach (var unit in new[] { "Quận Hoàn Kiếm", "Phường Hàng Bạc", "Phường Hàng Trống", "Phường Tràng Tiền" })
        {
            Assert.Contains(unit, tree, StringComparison.Ordinal);
        }

        foreach (var outside in new[] { "Ba Đình", "Cầu Giấy", "Sở Nội vụ", "Sở Tư pháp", "Ban Cán sự đảng", "Thành ủy" })
        {
            Assert.DoesNotContain(outside, tree, StringComparison.Ordinal);
        }

        Assert.Equal(await AgencyIdsAsync(code => code.StartsWith("HN-HK-", StringComparison.Ordinal)), ListedAgencies(page));
    }

    [Fact]
    public async Task City_reviewer_lists_every_unit_and_agency_across_the_pages()
    {
        var client = await factory.ClientAsync(DemoAccounts.CityReviewer);
        var unitCount = await factory.QueryAsync(db => db.Units.CountAsync());
        var pageCount = (unitCount + 7) / 8;

        var page = await HtmlPage.GetAsync(client, "/Agencies");
        Assert.Contains($"Trang 1/{pageCount} ({unitCount} mục)", page.Text, StringComparison.Ordinal);
        var listed = new SortedSet<int>(ListedAgencies(page));
        var visited = 1;
        while (page.Document.QuerySelector("a[rel=next]") is { } next && next.ParentElement?.ClassList.Contains("disabled") == false)
        {
            page = await HtmlPage.GetAsync(client, next.GetAttribute("href")!);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            listed.UnionWith(ListedAgencies(page));
            Assert.True(++visited <= pageCount, "The pager goes on past its last page.");
        }

        Assert.Equal(pageCount, visited);
        Assert.Equal(await AgencyIdsAsync(_ => true), listed);
    }

    [Fact]
    public async Task Task_page_lists_only_assigned_agencies_within_scope()
    {
        var taskId = await factory.QueryAsync(db => db.DirectiveTasks.Where(t => t.Number == "2.1" && t.Directive!.Code == DirectiveSeed.DirectiveCode).Select(t => t.Id).SingleAsync());
        async Task<SortedSet<int>> Expected(string prefix) => new(await factory.QueryAsync(db => db.Assignments
            .Where(a => a.TaskId == taskId && a.Agency!.Code.StartsWith(prefix))
            .Select(a => a.AgencyId).ToListAsync()));

        var ward = await GetAsync(DemoAccounts.HangBacHead, $"/Directives/Task/{taskId}");
        var district = await GetAsync(DemoAccounts.HoanKiemReviewer, $"/Directives/Task/{taskId}");

        Assert.Equal(new SortedSet<int> { await factory.AgencyIdAsync("HN-HK-HB-UBND") }, LinkedAgencies(ward));
        var expectedDistrict = await Expected("HN-HK-");
        Assert.Equal(4, expectedDistrict.Count);
        Assert.Equal(expectedDistrict, LinkedAgencies(district));
        Assert.DoesNotContain("Ba Đình", district.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task District_reviewer_home_counts_the_submitted_reports_of_their_district_and_its_wards()
    {
        var expected = await factory.QueryAsync(db => db.Reports.CountAsync(r =>
            r.Status == ReportStatus.Submitted && (r.Agency!.Unit!.Code == "HN-HK" || r.Agency.Unit.Parent!.Code == "HN-HK")));

        var home = await GetAsync(DemoAccounts.HoanKiemReviewer, "/");

        Assert.Contains("Báo cáo chờ bạn thẩm định", home.Document.QuerySelector("#awaiting")?.TextContent, StringComparison.Ordinal);
        Assert.True(expected > 0, "The demo data should leave some Hoàn Kiếm ward reports awaiting review.");
        Assert.Equal(expected.ToString(CultureInfo.InvariantCulture), home.Document.QuerySelector("[data-testid=awaiting-count]")?.TextContent.Trim());
    }

    [Fact]
    public async Task Ward_head_home_has_no_review_queue_and_shows_the_current_report_state()
    {
        var status = await factory.QueryAsync(db => db.Reports
            .Where(r => r.Agency!.Code == "HN-HK-HB-UBND" && r.Period!.Kind == PeriodKind.Quarter && r.Period.Year == 2026 && r.Period.Number == 4)
            .Select(r => (ReportStatus?)r.Status).SingleOrDefaultAsync());
        var expected = status is { } s ? RepositoryFiles.Vietnamese[$"ReportStatus.{s}"] : RepositoryFiles.Vietnamese["Not started"];

        var home = await GetAsync(DemoAccounts.HangBacHead, "/");

        Assert.Null(home.Document.QuerySelector("#awaiting"));
        Assert.DoesNotContain("Báo cáo chờ bạn thẩm định", home.Text, StringComparison.Ordinal);
        Assert.Contains("Quý IV/2026", home.Text, StringComparison.Ordinal);
        Assert.Equal(expected, home.Document.QuerySelector("[data-testid=current-report-status] strong")?.TextContent.Trim());
    }

    private async Task<HtmlPage> GetAsync(string account, string url)
    {
        var page = await HtmlPage.GetAsync(await factory.ClientAsync(account), url);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        return page;
    }

    private Task<SortedSet<int>> AgencyIdsAsync(Func<string, bool> code) =>
        factory.QueryAsync(async db => new SortedSet<int>((await db.Agencies.Select(a => new { a.Id, a.Code }).ToListAsync()).Where(a => code(a.Code)).Select(a => a.Id)));

    private static SortedSet<int> ListedAgencies(HtmlPage page) =>
        new(page.Document.QuerySelectorAll("[data-agency]").Select(e => int.Parse(e.GetAttribute("data-agency")!, CultureInfo.InvariantCulture)));

    private static SortedSet<int> LinkedAgencies(HtmlPage page) =>
        new(page.Document.QuerySelectorAll("main table a[href^='/Agencies/Details/']").Select(AgencyIdOf));

    private static int AgencyIdOf(IElement link) =>
        int.Parse(link.GetAttribute("href")!["/Agencies/Details/".Length..], CultureInfo.InvariantCulture);
}
