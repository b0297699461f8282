using DanVan.Data.Seeding;
using DanVan.Domain.Reporting;
using DanVan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Tests.Reporting.Review;

/// <summary>The review page flags lines whose results repeat the previous period's, and only those.</summary>
public sealed class UnchangedLinesTests(SignedInFactory factory) : IClassFixture<SignedInFactory>
{
    private const string Agency = "HN-BD-TB-UBND";

    [Fact]
    public async Task A_line_copied_from_last_quarter_with_one_figure_changed_is_flagged_and_the_others_are_not()
    {
        var current = await factory.ReportIdAsync(Agency, ReviewData.CurrentQuarter);
        var previous = await factory.ReportIdAsync(Agency, ReviewData.LastQuarter);
        var (assignmentId, lastResults) = await factory.QueryAsync(db => db.ReportLines
            .Where(l => l.ReportId == previous && l.Results != null && l.Results.Length > 40)
            .Select(l => new ValueTuple<int, string>(l.AssignmentId, l.Results!)).FirstAsync());
        await factory.ChangeAsync(current, DemoAccounts.BaDinhReviewer, (report, actor, now) => report.Return(actor, "Bổ sung kết quả.", now));
        await factory.ChangeAsync(current, DemoAccounts.PhucXaHead, (report, actor, now) =>
        {
            foreach (var line in report.Lines)
            {
                var results = line.AssignmentId == assignmentId ? lastResults + " 1" : $"Kết quả mới riêng của quý này cho dòng {line.Id}, khác hẳn quý trước.";
                report.UpdateLine(line, TaskProgress.InProgress, 60, null, results, line.Difficulties, line.Proposals);
            }

            report.Submit(actor, now);
        });
        var copiedLine = await factory.QueryAsync(db => db.ReportLines.Where(l => l.ReportId == current && l.AssignmentId == assignmentId).Select(l => l.Id).SingleAsync());
        var client = await factory.ClientAsync(DemoAccounts.BaDinhReviewer);

        var page = await HtmlPage.GetAsync(client, $"/Review/Report/{current}");

        var flagged = page.Document.QuerySelectorAll("[data-testid=current-report] [data-testid=unchanged]")
            .Select(badge => badge.Closest("section[id^='line-']")!.Id).ToList();
        Assert.Equal([$"line-{copiedLine}"], flagged);
        Assert.NotNull(page.Document.QuerySelector("[data-testid=unchanged-summary]"));
        Assert.Empty(page.Document.QuerySelectorAll("[data-testid=previous-report] [data-testid=unchanged]"));
        var queue = await HtmlPage.GetAsync(client, "/Review");
        Assert.Equal("1", queue.Document.QuerySelector($"[data-testid=review-queue] tr[data-report='{current}'] [data-testid=unchanged-count]")?.TextContent.Trim());
    }
}
