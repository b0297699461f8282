using System.Globalization;
using DanVan.Data.Seeding;
using DanVan.Domain.Reporting;
using DanVan.Web.Tests.Infrastructure;
using DanVan.Web.Tests.Reporting.Review;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Tests.Dashboard;

/// <summary>
/// Task statuses are judged on the view's day: a line still in progress becomes overdue on the dashboard once its due date
/// has passed, with no submission in between (the counts kept per instance are kept per day as well as per fact version).
/// </summary>
public sealed class StatusDayTests(SignedInFactory factory) : IClassFixture<SignedInFactory>
{
    private const string Agency = "HN-BD-TB-UBND";

    [Fact]
    public async Task A_line_in_progress_is_counted_overdue_the_day_after_its_due_date()
    {
        var today = DateOnly.FromDateTime(factory.Clock.GetUtcNow().UtcDateTime);
        var report = await factory.ReportIdAsync(Agency, ReviewData.CurrentQuarter);
        var assignmentId = await factory.QueryAsync(async db =>
        {
            var line = await db.ReportLines.Include(l => l.Assignment).Where(l => l.ReportId == report).OrderBy(l => l.Id).FirstAsync();
            line.Assignment!.Change(line.Assignment.Role, today.AddDays(1));
            await db.SaveChangesAsync();
            return line.AssignmentId;
        });
        await factory.ChangeAsync(report, DemoAccounts.BaDinhReviewer, (r, actor, now) => r.Return(actor, "Cập nhật tiến độ.", now));
        await factory.ChangeAsync(report, DemoAccounts.PhucXaHead, (r, actor, now) =>
        {
            var line = r.Lines.Single(l => l.AssignmentId == assignmentId);
            r.UpdateLine(line, TaskProgress.InProgress, 60, null, "Đang triển khai, dự kiến hoàn thành trong tuần.", line.Difficulties, line.Proposals);
            r.Submit(actor, now);
        });
        var period = await factory.QueryAsync(db => db.Reports.Where(r => r.Id == report).Select(r => r.Period!).SingleAsync());
        var url = $"/Dashboard?period={period.Id}";

        var before = await OverdueAsync(await factory.ClientAsync(DemoAccounts.CityReviewer), url);
        factory.Clock.Advance(TimeSpan.FromDays(2));
        Assert.True(period.DueOn > today.AddDays(2), "the period is still being reported, so the view's day is today");
        var after = await OverdueAsync(await SignIn.AsAsync(factory, DemoAccounts.CityReviewer), url);

        Assert.Equal(before + 1, after);
    }

    private static async Task<int> OverdueAsync(HttpClient client, string url)
    {
        var page = await HtmlPage.GetAsync(client, url);
        return int.Parse(page.Document.QuerySelector($"[data-testid=tasks-{Domain.Reporting.TaskStatus.Overdue}]")!.TextContent, CultureInfo.InvariantCulture);
    }
}
