using System.Net;
using DanVan.Data.Seeding;
using DanVan.Domain;
using DanVan.Domain.Reporting;
using DanVan.Web.Tests.Infrastructure;

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
