using DanVan.Data.Seeding;
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
        var (current, _, assignmentId) = await factory.SubmitWithLineCopiedFromLastQuarterAsync(Agency, DemoAccounts.BaDinhReviewer, DemoAccounts.PhucXaHead);
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
