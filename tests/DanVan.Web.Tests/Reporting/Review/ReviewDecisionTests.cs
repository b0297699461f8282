using System.Net;
using DanVan.Data.Seeding;
using DanVan.Domain.Notifications;
using DanVan.Domain.Reporting;
using DanVan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Tests.Reporting.Review;

/// <summary>Accepting and returning reports, one by one and in bulk. Each test acts on reports no other test of the class touches.</summary>
public sealed class ReviewDecisionTests(SignedInFactory factory) : IClassFixture<SignedInFactory>
{
    [Fact]
    public async Task Returning_without_any_comment_shows_a_message_and_keeps_the_report_submitted()
    {
        var reportId = await factory.ReportIdAsync("HN-BD-PX-UBND", ReviewData.LastQuarter);
        var client = await factory.ClientAsync(DemoAccounts.BaDinhReviewer);
        var page = await HtmlPage.GetAsync(client, $"/Review/Report/{reportId}");

        var response = await page.PostFormAsync(client, "form[action*='handler=Return']", new Dictionary<string, string> { ["Input.Comment"] = "  " });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await HtmlPage.ParseAsync(response);
        Assert.False(string.IsNullOrWhiteSpace(result.Document.QuerySelector("#comment-error")?.TextContent));
        Assert.NotNull(result.Document.QuerySelector("form[action*='handler=Return']"));
        Assert.Equal(ReportStatus.Submitted, await factory.StatusAsync(reportId));
    }

    [Fact]
    public async Task Returning_with_a_comment_on_one_line_only_returns_the_report_and_tells_its_agency()
    {
        var reportId = await factory.ReportIdAsync("HN-HK-HB-UBND", ReviewData.CurrentQuarter);
        await factory.ChangeAsync(reportId, DemoAccounts.HangBacHead, (report, actor, now) => report.Submit(actor, now));
        var lineId = await factory.QueryAsync(db => db.ReportLines.Where(l => l.ReportId == reportId).OrderBy(l => l.Id).Select(l => l.Id).FirstAsync());
        var client = await factory.ClientAsync(DemoAccounts.HoanKiemReviewer);
        var page = await HtmlPage.GetAsync(client, $"/Review/Report/{reportId}");
        const string comment = "Đề nghị bổ sung số cuộc đối thoại đã tổ chức trong quý.";

        var response = await page.PostFormAsync(client, "form[action*='handler=Return']", new Dictionary<string, string> { [$"Input.LineComments[{lineId}]"] = comment });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Review", response.Headers.Location?.OriginalString);
        var reviewerId = await factory.UserIdAsync(DemoAccounts.HoanKiemReviewer);
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        var stored = await factory.QueryAsync(async db => new
        {
            Status = await db.Reports.Where(r => r.Id == reportId).Select(r => r.Status).SingleAsync(),
            Comments = await db.ReportLines.Where(l => l.ReportId == reportId && l.ReviewComment != null).Select(l => new { l.Id, l.ReviewComment }).ToListAsync(),
            Transition = await db.ReportTransitions.Where(t => t.ReportId == reportId).OrderByDescending(t => t.Id).FirstAsync(),
            Notified = await db.Notifications.Where(n => n.ReportId == reportId && n.Kind == NotificationKind.ReportReturned).Select(n => n.UserId).ToListAsync(),
            Audit = await db.AuditEntries.Where(a => a.Action == "report.return" && a.EntityId == reportId.ToString()).ToListAsync(),
        });
        Assert.Equal(ReportStatus.Returned, stored.Status);
        var line = Assert.Single(stored.Comments);
        Assert.Equal((lineId, comment), (line.Id, line.ReviewComment));
        Assert.Equal((ReportStatus.Submitted, ReportStatus.Returned, reviewerId, "Vũ Đức Hùng", now), (stored.Transition.From, stored.Transition.To, stored.Transition.ActorUserId, stored.Transition.ActorName, stored.Transition.AtUtc));
        Assert.Null(stored.Transition.Comment);
        var expectedNotified = new[] { await factory.UserIdAsync(DemoAccounts.HangBacHead), await factory.UserIdAsync(DemoAccounts.HangBacStaff) };
        Assert.Equal(expectedNotified.Order(), stored.Notified.Order());
        var audit = Assert.Single(stored.Audit);
        Assert.Equal((reviewerId, now, "ProgressReport"), (audit.UserId, audit.AtUtc, audit.EntityType));
        Assert.Contains(comment, audit.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Accepting_makes_the_report_accepted_recorded_and_no_longer_open_to_decision()
    {
        var reportId = await factory.ReportIdAsync("HN-HK-HT-UBND", ReviewData.CurrentQuarter);
        var client = await factory.ClientAsync(DemoAccounts.HoanKiemReviewer);
        var page = await HtmlPage.GetAsync(client, $"/Review/Report/{reportId}");

        var response = await page.PostFormAsync(client, "form[action*='handler=Accept']", new Dictionary<string, string> { ["Input.AcceptComment"] = "Báo cáo đạt yêu cầu." });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(ReportStatus.Accepted, await factory.StatusAsync(reportId));
        var (transition, audits) = await factory.QueryAsync(async db => (
            await db.ReportTransitions.Where(t => t.ReportId == reportId).OrderByDescending(t => t.Id).FirstAsync(),
            await db.AuditEntries.CountAsync(a => a.Action == "report.accept" && a.EntityId == reportId.ToString())));
        Assert.Equal((ReportStatus.Accepted, "Báo cáo đạt yêu cầu."), (transition.To, transition.Comment));
        Assert.Equal(1, audits);
        var after = await HtmlPage.GetAsync(client, $"/Review/Report/{reportId}");
        Assert.NotNull(after.Document.QuerySelector("[data-testid=decided]"));
        Assert.Null(after.Document.QuerySelector("form[action*='handler=Accept']"));
        Assert.Null(after.Document.QuerySelector("form[action*='handler=Return']"));
    }

    [Fact]
    public async Task Bulk_accept_accepts_each_report_in_scope_on_its_own_and_skips_the_others()
    {
        var truc = await factory.ReportIdAsync("HN-BD-TB-UBND", ReviewData.CurrentQuarter);
        var dien = await factory.ReportIdAsync("HN-BD-DB-UBND", ReviewData.CurrentQuarter);
        var outside = await factory.ReportIdAsync("HN-HK-TT-DU", ReviewData.LastQuarter);
        var client = await factory.ClientAsync(DemoAccounts.BaDinhReviewer);
        var queue = await HtmlPage.GetAsync(client, "/Review");
        int[] selected = [truc, dien, outside];

        var response = await ReviewData.PostAcceptSelectedAsync(client, queue, selected);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(ReportStatus.Accepted, await factory.StatusAsync(truc));
        Assert.Equal(ReportStatus.Accepted, await factory.StatusAsync(dien));
        Assert.Equal(ReportStatus.Submitted, await factory.StatusAsync(outside));
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        var names = selected.Select(id => id.ToString()).ToList();
        var (transitions, audits) = await factory.QueryAsync(async db => (
            await db.ReportTransitions.Where(t => selected.Contains(t.ReportId) && t.To == ReportStatus.Accepted && t.AtUtc == now).Select(t => t.ReportId).ToListAsync(),
            await db.AuditEntries.Where(a => names.Contains(a.EntityId) && a.Action == "report.accept" && a.AtUtc == now).Select(a => a.EntityId).ToListAsync()));
        Assert.Equal(new[] { truc, dien }.Order(), transitions.Order());
        Assert.Equal(new[] { truc, dien }.Select(id => id.ToString()).Order(), audits.Order());
        var after = await HtmlPage.GetAsync(client, response.Headers.Location!.OriginalString);
        Assert.Contains("2", after.Document.QuerySelector("main .alert-success")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("1", after.Document.QuerySelector("[data-testid=review-warning]")?.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(truc, ReviewData.QueueIds(after));
    }

    [Fact]
    public async Task A_decision_posted_after_another_decision_gets_a_clear_message_and_changes_nothing()
    {
        var reportId = await factory.ReportIdAsync("HN-SYT", ReviewData.LastQuarter);
        var client = await factory.ClientAsync(DemoAccounts.CityReviewer);
        var first = await HtmlPage.GetAsync(client, $"/Review/Report/{reportId}");
        var second = await HtmlPage.GetAsync(client, $"/Review/Report/{reportId}");
        Assert.Equal(HttpStatusCode.Redirect, (await first.PostFormAsync(client, "form[action*='handler=Accept']", new Dictionary<string, string>())).StatusCode);

        var late = await second.PostFormAsync(client, "form[action*='handler=Return']", new Dictionary<string, string> { ["Input.Comment"] = "Đề nghị bổ sung." });

        Assert.Equal(HttpStatusCode.OK, late.StatusCode);
        var page = await HtmlPage.ParseAsync(late);
        Assert.False(string.IsNullOrWhiteSpace(page.Document.QuerySelector("main .alert-danger")?.TextContent));
        Assert.NotNull(page.Document.QuerySelector("[data-testid=decided]"));
        Assert.Equal(ReportStatus.Accepted, await factory.StatusAsync(reportId));
        Assert.Equal(0, await factory.QueryAsync(db => db.ReportTransitions.CountAsync(t => t.ReportId == reportId && t.To == ReportStatus.Returned)));
    }

    [Fact]
    public async Task Queue_counts_how_often_a_report_was_returned_and_submitted()
    {
        var reportId = await factory.ReportIdAsync("HN-HK-TT-UBND", ReviewData.CurrentQuarter);
        await factory.ChangeAsync(reportId, DemoAccounts.HoanKiemReviewer, (report, actor, now) => report.Return(actor, "Đề nghị bổ sung số liệu.", now));
        await factory.ChangeAsync(reportId, DemoAccounts.HangBacHead, (report, actor, now) => report.Submit(actor, now));

        var queue = await HtmlPage.GetAsync(await factory.ClientAsync(DemoAccounts.HoanKiemReviewer), "/Review");

        var row = queue.Document.QuerySelector($"tr[data-report='{reportId}']")!;
        Assert.Equal("1", row.QuerySelector("[data-testid=times-returned]")!.TextContent.Trim());
        Assert.StartsWith("2", row.QuerySelector("[data-testid=submissions]")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal(reportId, ReviewData.QueueIds(queue)[^1]);
    }
}
