using System.Net;
using DanVan.Data.Seeding;
using DanVan.Domain.Notifications;
using DanVan.Domain.Reporting;
using DanVan.Web.Tests.Infrastructure;
using DanVan.Web.Tests.Reporting.Editing;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Tests.Reporting;

/// <summary>
/// The whole journey through HTTP, as a newcomer clicks it: the Hàng Bạc head drafts and submits, the Hoàn Kiếm reviewer
/// returns with a comment on a line, the head corrects and resubmits (version 2), the reviewer accepts. Each step leaves
/// its transition, version, audit entry and notification.
/// </summary>
public sealed class JourneyTests(SignedInFactory factory) : IClassFixture<SignedInFactory>
{
    [Fact]
    public async Task Draft_submit_return_edit_resubmit_accept()
    {
        var periodId = await factory.CurrentPeriodIdAsync();
        var head = await factory.ClientAsync(DemoAccounts.HangBacHead);
        var reviewer = await factory.ClientAsync(DemoAccounts.HoanKiemReviewer);

        var index = await HtmlPage.GetAsync(head, "/Reports");
        Assert.NotNull(index.Document.QuerySelector($"[data-testid=reports] a[href='/Reports/Edit/{periodId}']"));
        var form = await ReportEditor.OpenAsync(head, periodId);
        Assert.Equal(HttpStatusCode.Redirect, (await ReportEditor.PostAsync(head, form, "Save", fields => Fill(fields, "Đã tổ chức 2 hội nghị đối thoại."))).StatusCode);
        form = await ReportEditor.OpenAsync(head, periodId);
        Assert.Equal("Đã tổ chức 2 hội nghị đối thoại.", ReportEditor.ValueOf(form, $"{ReportEditor.Line(0)}.Results"));
        var submitted = await ReportEditor.PostAsync(head, form, "Submit");
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        var reportId = (await factory.HangBacReportAsync(periodId))!.Id;

        var queue = await HtmlPage.GetAsync(reviewer, "/Review");
        Assert.NotNull(queue.Document.QuerySelector($"[data-testid=review-queue] tr[data-report='{reportId}']"));
        var review = await HtmlPage.GetAsync(reviewer, $"/Review/Report/{reportId}");
        var firstLine = (await factory.HangBacReportAsync(periodId))!.Lines.OrderBy(l => l.Assignment!.Role).ThenBy(l => l.Assignment!.Task!.SortOrder).First().Id;
        var returned = await review.PostFormAsync(reviewer, "form[action*='handler=Return']", new Dictionary<string, string>
        {
            [$"Input.LineComments[{firstLine}]"] = "Đề nghị nêu rõ số người dân tham dự.",
            ["Input.Comment"] = "Báo cáo cần số liệu cụ thể hơn.",
        });
        Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);

        var details = await HtmlPage.GetAsync(head, $"/Reports/Details/{reportId}");
        Assert.Contains("Đề nghị nêu rõ số người dân tham dự.", details.Text, StringComparison.Ordinal);
        form = await ReportEditor.OpenAsync(head, periodId);
        Assert.Contains("Báo cáo cần số liệu cụ thể hơn.", form.Document.QuerySelector("[data-testid=return-comment]")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("Đề nghị nêu rõ số người dân tham dự.", form.Text, StringComparison.Ordinal);
        var resubmitted = await ReportEditor.PostAsync(head, form, "Submit", fields => Fill(fields, "Đã tổ chức 2 hội nghị đối thoại với 180 người dân tham dự."));
        Assert.Equal(HttpStatusCode.Redirect, resubmitted.StatusCode);

        review = await HtmlPage.GetAsync(reviewer, $"/Review/Report/{reportId}");
        Assert.Contains("180 người dân", review.Document.QuerySelector("[data-testid=current-report]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await review.PostFormAsync(reviewer, "form[action*='handler=Accept']", new Dictionary<string, string>())).StatusCode);

        var report = (await factory.HangBacReportAsync(periodId))!;
        Assert.Equal((ReportStatus.Accepted, 2), (report.Status, report.Version));
        Assert.Equal(
            [(ReportStatus.Draft, ReportStatus.Submitted), (ReportStatus.Submitted, ReportStatus.Returned), (ReportStatus.Returned, ReportStatus.Submitted), (ReportStatus.Submitted, ReportStatus.Accepted)],
            report.Transitions.OrderBy(t => t.AtUtc).ThenBy(t => t.Id).Select(t => (t.From, t.To)));
        Assert.Equal([1, 2], report.Versions.Select(v => v.Number).Order());
        var audit = await factory.QueryAsync(db => db.AuditEntries.Where(a => a.EntityType == nameof(ProgressReport) && a.EntityId == reportId.ToString())
            .OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
        Assert.Equal(["report.save", "report.submit", "report.return", "report.save", "report.submit", "report.accept"], audit.SkipWhile(a => a == "report.create"));
        var notified = await factory.QueryAsync(db => db.Notifications.Where(n => n.ReportId == reportId).Select(n => n.Kind).Distinct().ToListAsync());
        Assert.Equal([NotificationKind.ReportReturned, NotificationKind.ReportAccepted, NotificationKind.ReportSubmitted], notified.Order());
        var history = await HtmlPage.GetAsync(head, $"/Reports/History/{reportId}?a=1&b=2");
        Assert.Contains(history.Document.QuerySelectorAll("[data-testid=changes] tbody tr"), row => row.GetAttribute("data-field") == "Results");
    }

    private static void Fill(Dictionary<string, string> fields, string results)
    {
        fields["Input.OverallAssessment"] = "Phường triển khai đầy đủ các nhiệm vụ của quý.";
        foreach (var progress in fields.Keys.Where(k => k.EndsWith(".Progress", StringComparison.Ordinal)).ToList())
        {
            var line = progress[..^".Progress".Length];
            (fields[progress], fields[$"{line}.Percent"], fields[$"{line}.Results"]) = ("InProgress", "70", results);
        }
    }
}
