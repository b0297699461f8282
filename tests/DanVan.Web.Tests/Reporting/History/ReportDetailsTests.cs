using System.Net;
using DanVan.Data.Seeding;
using DanVan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Tests.Reporting.History;

/// <summary>The report page: read within scope only, with the actions the user may take.</summary>
public sealed class ReportDetailsTests(SignedInFactory factory) : IClassFixture<SignedInFactory>
{
    [Fact]
    public async Task Ward_head_sees_their_own_draft_with_an_edit_link_for_its_period()
    {
        var id = await factory.ReportIdAsync(WorkflowSetup.HangBac);
        var periodId = await factory.QueryAsync(db => db.Reports.Where(r => r.Id == id).Select(r => r.PeriodId).SingleAsync());

        var page = await GetAsync(DemoAccounts.HangBacHead, $"/Reports/Details/{id}");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Quý IV/2026", page.Document.QuerySelector("[data-testid=report-header]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/Reports/Edit/{periodId}", page.Document.QuerySelector("[data-testid=edit-link]")?.GetAttribute("href"));
        Assert.NotNull(page.Document.QuerySelector($"a[href='/Reports/History/{id}']"));
        Assert.NotNull(page.Document.QuerySelector($"a[href='/Reports/Attachments/{id}']"));
        Assert.Null(page.Document.QuerySelector("[data-testid=review-link]"));
    }

    [Fact]
    public async Task Accepted_report_has_no_edit_link_even_for_its_own_head()
    {
        var id = await factory.ReportIdAsync(WorkflowSetup.HangBac, quarter: 2);

        var page = await GetAsync(DemoAccounts.HangBacHead, $"/Reports/Details/{id}");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("Đã chấp nhận", page.Document.QuerySelector("[data-testid=report-status]")?.TextContent.Trim());
        Assert.Null(page.Document.QuerySelector("[data-testid=edit-link]"));
        Assert.NotNull(page.Document.QuerySelector("[data-testid=last-decision]"));
    }

    [Fact]
    public async Task Ward_head_of_another_ward_is_forbidden_and_sees_no_data()
    {
        var id = await factory.ReportIdAsync(WorkflowSetup.HangBac);

        var page = await GetAsync(DemoAccounts.PhucXaHead, $"/Reports/Details/{id}");

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.DoesNotContain("Hàng Bạc", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task District_reviewer_reads_a_ward_report_of_their_district_and_may_review_it()
    {
        var id = await factory.ReportIdAsync(WorkflowSetup.HangBac);

        var page = await GetAsync(DemoAccounts.HoanKiemReviewer, $"/Reports/Details/{id}");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Hàng Bạc", page.Document.QuerySelector("[data-testid=report-header]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/Review/Report/{id}", page.Document.QuerySelector("[data-testid=review-link]")?.GetAttribute("href"));
        Assert.Null(page.Document.QuerySelector("[data-testid=edit-link]"));
    }

    [Fact]
    public async Task Missing_report_is_not_found()
    {
        var page = await GetAsync(DemoAccounts.CityReviewer, "/Reports/Details/987654");

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
    }

    private async Task<HtmlPage> GetAsync(string account, string url) => await HtmlPage.GetAsync(await factory.ClientAsync(account), url);
}
