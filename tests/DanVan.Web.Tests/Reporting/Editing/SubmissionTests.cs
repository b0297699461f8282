using System.Net;
using DanVan.Data.Seeding;
using DanVan.Domain.Reporting;
using DanVan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Tests.Reporting.Editing;

/// <summary>The agency's part of the journey: staff opens and drafts, the head submits, and a resent form submits once.</summary>
public sealed class SubmissionTests(SignedInFactory factory) : IClassFixture<SignedInFactory>
{
    [Fact]
    public async Task Staff_drafts_and_the_head_submits_once_even_when_the_same_form_is_posted_twice()
    {
        var periodId = await factory.CurrentPeriodIdAsync();
        await factory.QueryAsync(db => db.Reports.Where(r => r.Agency!.Code == ReportEditor.HangBac && r.PeriodId == periodId).ExecuteDeleteAsync());
        var staff = await factory.ClientAsync(DemoAccounts.HangBacStaff);
        var head = await factory.ClientAsync(DemoAccounts.HangBacHead);
        var draft = await ReportEditor.OpenAsync(staff, periodId);
        var saved = await ReportEditor.PostAsync(staff, draft, "Save", fields => fields["Input.OverallAssessment"] = "Bản nháp của cán bộ.");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var form = await ReportEditor.OpenAsync(head, periodId);
        Assert.NotNull(form.Document.QuerySelector("[data-testid=submit]"));
        void Typing(Dictionary<string, string> fields)
        {
            fields["Input.OverallAssessment"] = "Phường hoàn thành các nhiệm vụ trọng tâm của quý.";
            (fields[$"{ReportEditor.Line(0)}.Progress"], fields[$"{ReportEditor.Line(0)}.CompletedOn"], fields[$"{ReportEditor.Line(0)}.Percent"]) = ("Done", "2026-11-20", "100");
            fields[$"{ReportEditor.Line(0)}.Results"] = "Đã tổ chức hội nghị đối thoại với Nhân dân.";
        }

        var first = await ReportEditor.PostAsync(head, form, "Submit", Typing);
        var second = await ReportEditor.PostAsync(head, form, "Submit", Typing);

        var report = await factory.HangBacReportAsync(periodId);
        Assert.NotNull(report);
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal($"/Reports/Details/{report.Id}", first.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal($"/Reports/Details/{report.Id}", second.Headers.Location?.OriginalString);
        Assert.Equal((ReportStatus.Submitted, 1, false), (report.Status, report.Version, report.IsLate));
        var transition = Assert.Single(report.Transitions);
        Assert.Equal((ReportStatus.Draft, ReportStatus.Submitted), (transition.From, transition.To));
        var version = Assert.Single(report.Versions);
        Assert.Equal("Phường hoàn thành các nhiệm vụ trọng tâm của quý.", version.Snapshot.OverallAssessment);
        Assert.Contains(version.Snapshot.Lines, l => l.Results == "Đã tổ chức hội nghị đối thoại với Nhân dân." && l.CompletedOn == new DateOnly(2026, 11, 20));
        var audit = await factory.QueryAsync(db => db.AuditEntries.Where(a => a.EntityType == nameof(ProgressReport) && a.EntityId == report.Id.ToString())
            .OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
        Assert.Equal(["report.create", "report.save", "report.save", "report.submit"], audit);

        var details = await HtmlPage.GetAsync(head, first.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, details.StatusCode);
        Assert.Contains("Đã gửi báo cáo.", details.Text, StringComparison.Ordinal);
        var reopened = await head.GetAsync($"/Reports/Edit/{periodId}");
        Assert.Equal(HttpStatusCode.Redirect, reopened.StatusCode);
        Assert.Equal($"/Reports/Details/{report.Id}", reopened.Headers.Location?.OriginalString);
    }
}
