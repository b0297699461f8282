using DanVan.Domain.Reporting;

namespace DanVan.Domain.Tests;

/// <summary>After the closing date only an administrator can let an agency submit again, for a limited window.</summary>
public class ReopenAfterClosingTests
{
    private static readonly ReportingPeriod Q4 = ReportingPeriod.Quarter(2026, 4);

    // Q4/2026 closes at the end of 04/01/2027, Hanoi time.
    private static readonly DateTime AfterClosing = new DateTimeOffset(2027, 1, 10, 9, 0, 0, Hanoi.Offset).UtcDateTime;

    [Fact]
    public void A_draft_left_after_the_closing_date_can_be_reopened_and_submitted_within_the_window_as_late()
    {
        var report = Build.Report(period: Q4).Filled();
        Assert.False(report.AcceptsSubmissionAt(AfterClosing));
        Assert.True(report.CanBeReopened(AfterClosing));

        report.Reopen(Build.Administrator, "Đơn vị bị sự cố đường truyền, đề nghị cho gửi bổ sung", AfterClosing);

        Assert.Equal(ReportStatus.Draft, report.Status);
        Assert.Equal(AfterClosing + ProgressReport.ReopenWindow, report.SubmissionWindowEndsUtc);
        Assert.False(report.CanBeReopened(AfterClosing.AddDays(1)));
        report.Submit(Build.Staff, AfterClosing.AddDays(3));
        Assert.Equal(ReportStatus.Submitted, report.Status);
        Assert.True(report.IsLate);
    }

    [Fact]
    public void Once_the_window_has_passed_submission_is_refused_again()
    {
        var report = Build.Report(period: Q4).Filled();
        report.Reopen(Build.Administrator, "Cho gửi bổ sung", AfterClosing);

        var error = Assert.Throws<DomainException>(() => report.Submit(Build.Staff, AfterClosing + ProgressReport.ReopenWindow));

        Assert.Equal("report.periodClosed", error.Code);
        Assert.True(report.CanBeReopened(AfterClosing + ProgressReport.ReopenWindow));
    }

    [Fact]
    public void An_accepted_report_reopened_after_closing_goes_back_as_returned_and_can_be_resubmitted()
    {
        var report = Build.Report(period: Q4).Accepted();

        report.Reopen(Build.Administrator, "Sai số liệu chỉ tiêu", AfterClosing);

        Assert.Equal(ReportStatus.Returned, report.Status);
        Assert.Equal("Sai số liệu chỉ tiêu", report.Transitions.Last().Comment);
        report.Submit(Build.Staff, AfterClosing.AddDays(1));
        Assert.Equal(2, report.Version);
    }

    [Fact]
    public void An_accepted_report_reopened_before_closing_gets_no_window_because_it_needs_none()
    {
        var report = Build.Report(period: Q4).Accepted();

        report.Reopen(Build.Administrator, "Điều chỉnh", Build.Now.UtcDateTime.AddDays(2));

        Assert.Null(report.SubmissionWindowEndsUtc);
        Assert.Equal(ReportStatus.Returned, report.Status);
    }

    [Fact]
    public void A_draft_in_an_open_period_or_a_submitted_report_cannot_be_reopened()
    {
        var draft = Build.Report(period: Q4);
        var submitted = Build.Report(period: Q4).Submitted();

        Assert.False(draft.CanBeReopened(Build.Now.UtcDateTime));
        Assert.False(submitted.CanBeReopened(AfterClosing));
        Assert.Equal("report.illegalTransition", Assert.Throws<DomainException>(() => submitted.Reopen(Build.Administrator, "Lý do", AfterClosing)).Code);
    }

    [Fact]
    public void Reopening_after_closing_needs_a_reason()
    {
        var report = Build.Report(period: Q4).Filled();

        var error = Assert.Throws<DomainException>(() => report.Reopen(Build.Administrator, "  ", AfterClosing));

        Assert.Equal("report.reopenNeedsReason", error.Code);
        Assert.Null(report.SubmissionWindowEndsUtc);
    }
}
