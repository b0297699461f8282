using System.Net;
using DanVan.Data.Seeding;
using DanVan.Domain.Reporting;
using DanVan.Web.Tests.Infrastructure;

namespace DanVan.Web.Tests.Reporting.Review;

/// <summary>A reviewer opening a resubmitted report sees the earlier comments and what changed since the returned version.</summary>
public sealed class ResubmissionReviewTests(SignedInFactory factory) : IClassFixture<SignedInFactory>
{
    [Fact]
    public async Task A_resubmitted_report_shows_the_earlier_comment_and_each_changed_field()
    {
        var reportId = await factory.ReportIdAsync("HN-HK-TT-UBND", ReviewData.CurrentQuarter);
        await factory.ChangeAsync(reportId, DemoAccounts.HoanKiemReviewer, (report, actor, now) => report.Return(actor, "Đề nghị bổ sung số liệu <b>cụ thể</b>.", now));
        await factory.ChangeAsync(reportId, DemoAccounts.HangBacHead, (report, actor, now) =>
        {
            var line = report.Lines.OrderBy(l => l.Id).First();
            report.UpdateLine(line, TaskProgress.InProgress, 80, null, "Tổ chức 4 hội nghị đối thoại với 510 lượt người dân.", line.Difficulties, line.Proposals);
            report.Submit(actor, now);
        });

        var response = await (await factory.ClientAsync(DemoAccounts.HoanKiemReviewer)).GetAsync($"/Review/Report/{reportId}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlPage.ParseAsync(response);
        var section = page.Document.QuerySelector("[data-testid=resubmission]")!;
        Assert.Contains("Đã bị trả lại 1 lần trước đây", section.TextContent, StringComparison.Ordinal);
        Assert.Contains("Đề nghị bổ sung số liệu <b>cụ thể</b>.", section.QuerySelector("[data-testid=earlier-comments]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(section.QuerySelector("b"));
        var changed = section.QuerySelectorAll("[data-testid=changes] tr[data-field]").Select(r => r.GetAttribute("data-field")).ToList();
        Assert.Contains(nameof(LineSnapshot.Results), changed);
        Assert.Contains(nameof(LineSnapshot.Percent), changed);
        Assert.Contains("510 lượt người dân", section.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_first_submission_shows_no_resubmission_section()
    {
        var reportId = await factory.ReportIdAsync("HN-HK-HB-UBND", ReviewData.CurrentQuarter);
        if (await factory.StatusAsync(reportId) != ReportStatus.Submitted)
        {
            await factory.ChangeAsync(reportId, DemoAccounts.HangBacHead, (report, actor, now) => report.Submit(actor, now));
        }

        var page = await HtmlPage.GetAsync(await factory.ClientAsync(DemoAccounts.HoanKiemReviewer), $"/Review/Report/{reportId}");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Null(page.Document.QuerySelector("[data-testid=resubmission]"));
    }
}
