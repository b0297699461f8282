using System.Net;
using DanVan.Data.Seeding;
using DanVan.Domain;
using DanVan.Domain.Reporting;
using DanVan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Tests.Reporting.Editing;

/// <summary>Submits Hàng Bạc's Q4/2026 draft through HTTP with the portal's clock moved to a Hanoi time after seeding.</summary>
internal static class SubmitAt
{
    public static async Task<(HttpResponseMessage Response, ProgressReport Report)> SubmitAsync(DanVanFactory factory, DateTime hanoiTime)
    {
        var periodId = await factory.CurrentPeriodIdAsync();
        factory.Clock.SetUtcNow(new DateTimeOffset(hanoiTime, Hanoi.Offset));
        var head = await SignIn.AsAsync(factory, DemoAccounts.HangBacHead);
        var form = await ReportEditor.OpenAsync(head, periodId);
        var response = await ReportEditor.PostAsync(head, form, "Submit");
        return (response, (await factory.HangBacReportAsync(periodId))!);
    }
}

public sealed class SubmissionInTheLastSecondOfTheDueDateTests(DanVanFactory factory) : IClassFixture<DanVanFactory>
{
    [Fact]
    public async Task Submission_at_23_59_59_Hanoi_time_on_the_due_date_is_on_time()
    {
        var (response, report) = await SubmitAt.SubmitAsync(factory, new DateTime(2026, 12, 20, 23, 59, 59));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal((ReportStatus.Submitted, false), (report.Status, report.IsLate));
        Assert.Equal(new DateTime(2026, 12, 20, 16, 59, 59, DateTimeKind.Utc), report.SubmittedAtUtc);
    }
}

public sealed class SubmissionAtMidnightAfterTheDueDateTests(DanVanFactory factory) : IClassFixture<DanVanFactory>
{
    [Fact]
    public async Task Submission_at_midnight_Hanoi_time_after_the_due_date_is_accepted_but_late()
    {
        var (response, report) = await SubmitAt.SubmitAsync(factory, new DateTime(2026, 12, 21, 0, 0, 0));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal((ReportStatus.Submitted, true), (report.Status, report.IsLate));
        var client = await SignIn.AsAsync(factory, DemoAccounts.HangBacStaff);
        var index = await HtmlPage.GetAsync(client, "/Reports");
        Assert.Contains("Trễ hạn", index.Document.QuerySelector("[data-testid=reports] tbody tr")?.TextContent, StringComparison.Ordinal);
    }
}

public sealed class SubmissionAfterTheClosingDateTests(DanVanFactory factory) : IClassFixture<DanVanFactory>
{
    [Fact]
    public async Task Submission_after_the_periods_closing_date_is_refused_with_a_message()
    {
        var (response, report) = await SubmitAt.SubmitAsync(factory, new DateTime(2027, 1, 5, 0, 0, 0));

        var page = await HtmlPage.ParseAsync(response);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Đã quá ngày khóa sổ của kỳ báo cáo", page.Document.QuerySelector("[data-testid=form-errors]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal((ReportStatus.Draft, 0), (report.Status, report.Version));
    }
}

public sealed class SubmissionReopenedAfterTheClosingDateTests(DanVanFactory factory) : IClassFixture<DanVanFactory>
{
    [Fact]
    public async Task An_administrator_reopens_a_draft_left_after_closing_and_its_head_then_submits_it_late()
    {
        var (refused, report) = await SubmitAt.SubmitAsync(factory, new DateTime(2027, 1, 6, 9, 0, 0));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var admin = await SignIn.AsAsync(factory, DemoAccounts.Admin);
        var details = await HtmlPage.GetAsync(admin, $"/Reports/Details/{report.Id}");
        Assert.NotNull(details.Document.QuerySelector("[data-testid=reopen-link]"));
        var reopen = await HtmlPage.GetAsync(admin, $"/Admin/Reports/Reopen/{report.Id}");

        var reopened = await reopen.PostFormAsync(admin, "form[data-testid=reopen-form]", new Dictionary<string, string>
        {
            ["Input.Reason"] = "Phường mất kết nối mạng trong những ngày cuối kỳ.",
            ["Input.Confirm"] = "true",
        });

        Assert.Equal(HttpStatusCode.Redirect, reopened.StatusCode);
        var head = await SignIn.AsAsync(factory, DemoAccounts.HangBacHead);
        var window = await HtmlPage.GetAsync(head, $"/Reports/Details/{report.Id}");
        Assert.Contains("21/01/2027", window.Document.QuerySelector("[data-testid=submission-window]")?.TextContent, StringComparison.Ordinal);
        var form = await ReportEditor.OpenAsync(head, report.PeriodId);
        Assert.Equal(HttpStatusCode.Redirect, (await ReportEditor.PostAsync(head, form, "Submit")).StatusCode);
        var submitted = (await factory.HangBacReportAsync(report.PeriodId))!;
        Assert.Equal((ReportStatus.Submitted, true, 1), (submitted.Status, submitted.IsLate, submitted.Version));
        Assert.Equal(1, await factory.QueryAsync(db => db.AuditEntries.CountAsync(a => a.Action == "report.reopen")));
    }
}
