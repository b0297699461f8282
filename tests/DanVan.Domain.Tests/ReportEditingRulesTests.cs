using DanVan.Domain.Reporting;

namespace DanVan.Domain.Tests;

/// <summary>What may be typed into a report and when: editing by status, line ownership, row versions and the line rules checked at submission.</summary>
public class ReportEditingRulesTests
{
    private static readonly DateTime Now = Build.Now.UtcDateTime;

    [Fact]
    public void Submitted_report_cannot_be_edited()
    {
        var report = Build.Report().Submitted();

        Assert.Equal("report.notEditable", Assert.Throws<DomainException>(() => report.UpdateLine(report.Lines.First(), TaskProgress.InProgress, 60, null, "x", null, null)).Code);
        Assert.Equal("report.notEditable", Assert.Throws<DomainException>(() => report.UpdateAssessment("Đánh giá")).Code);
    }

    [Fact]
    public void Accepted_report_cannot_be_edited()
    {
        var report = Build.Report().Accepted();

        Assert.Equal("report.notEditable", Assert.Throws<DomainException>(() => report.UpdateLine(report.Lines.First(), TaskProgress.InProgress, 60, null, "x", null, null)).Code);
        Assert.Equal("report.notEditable", Assert.Throws<DomainException>(() => report.UpdateAssessment("Đánh giá")).Code);
    }

    [Fact]
    public void Returned_report_can_be_edited_again()
    {
        var report = Build.Report().Returned();

        report.UpdateAssessment("Đã bổ sung");
        report.UpdateLine(report.Lines.First(), TaskProgress.InProgress, 70, null, "x", null, null);

        Assert.Equal("Đã bổ sung", report.OverallAssessment);
        Assert.Equal(70, report.Lines.First().Percent);
    }

    [Fact]
    public void Line_of_another_report_is_refused()
    {
        var report = Build.Report();
        var foreign = Build.Report().Lines.First();

        var error = Assert.Throws<DomainException>(() => report.UpdateLine(foreign, TaskProgress.InProgress, 10, null, null, null, null));

        Assert.Equal("report.foreignLine", error.Code);
    }

    [Fact]
    public void Row_version_changes_on_every_change()
    {
        var report = Build.Report();
        var seen = new HashSet<Guid> { report.RowVersion };
        void Changed() => Assert.True(seen.Add(report.RowVersion), "RowVersion did not change.");

        report.UpdateAssessment("Đánh giá chung");
        Changed();
        report.UpdateLine(report.Lines.First(), TaskProgress.InProgress, 20, null, "Kết quả", null, null);
        Changed();
        report.Filled();
        Changed();
        report.Submit(Build.Staff, Now);
        Changed();
        report.Return(Build.Reviewer, "Bổ sung", Now);
        Changed();
        report.Submit(Build.Staff, Now);
        Changed();
        report.Accept(Build.Reviewer, Now);
        Changed();
        report.Reopen(Build.Administrator, "Lý do", Now);
        Changed();
    }

    [Fact]
    public void Every_submission_problem_is_reported_at_once_and_blocks_submission()
    {
        var report = Build.Report(tasks: 2);
        var (first, second) = (report.Lines.First(), report.Lines.Last());
        report.UpdateLine(first, TaskProgress.Done, 100, null, null, null, null);
        report.UpdateLine(second, TaskProgress.Done, 100, null, "Đã hoàn thành", null, null);

        var problems = report.ProblemsForSubmission();

        Assert.Equal(
            [(first, "line.doneNeedsResults"), (first, "line.doneNeedsDate"), (second, "line.doneNeedsDate")],
            problems.Select(p => (p.Line, p.Code)));
        var error = Assert.Throws<DomainException>(() => report.Submit(Build.Staff, Now));
        Assert.Equal("report.invalid", error.Code);
        Assert.Equal(ReportStatus.Draft, report.Status);
        Assert.Equal(0, report.Version);
        Assert.Null(report.SubmittedAtUtc);
        Assert.Empty(report.Transitions);
    }

    [Fact]
    public void Done_line_with_results_and_completion_date_has_no_problems()
    {
        var report = Build.Report(tasks: 1);
        report.UpdateLine(report.Lines.Single(), TaskProgress.Done, 100, new DateOnly(2026, 11, 20), "Đã hoàn thành", null, null);

        Assert.Empty(report.ProblemsForSubmission());
        report.Submit(Build.Staff, Now);
        Assert.Equal(ReportStatus.Submitted, report.Status);
    }

    [Fact]
    public void Submit_after_the_periods_closing_date_is_refused()
    {
        var report = Build.Report().Filled();
        var closesOn = report.Period!.ClosesOn;

        var error = Assert.Throws<DomainException>(() => report.Submit(Build.Staff, Hanoi.EndOfDayUtc(closesOn).AddDays(1)));

        Assert.Equal("report.periodClosed", error.Code);
        Assert.Equal(ReportStatus.Draft, report.Status);
        Assert.Empty(report.Transitions);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(101)]
    [InlineData(int.MinValue)]
    [InlineData(int.MaxValue)]
    public void Percent_outside_0_to_100_is_refused(int percent)
    {
        var report = Build.Report();
        var line = report.Lines.First();

        var error = Assert.Throws<DomainException>(() => report.UpdateLine(line, TaskProgress.InProgress, percent, null, null, null, null));

        Assert.Equal("line.percent", error.Code);
        Assert.Equal(0, line.Percent);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(100)]
    public void Percent_bounds_are_accepted(int percent)
    {
        var report = Build.Report();
        var line = report.Lines.First();

        report.UpdateLine(line, TaskProgress.InProgress, percent, null, null, null, null);

        Assert.Equal(percent, line.Percent);
    }

    [Fact]
    public void Done_with_a_percent_other_than_100_is_refused_not_silently_replaced()
    {
        var report = Build.Report();
        var line = report.Lines.First();
        report.UpdateLine(line, TaskProgress.InProgress, 40, null, "Đang làm", null, null);

        var refused = Assert.Throws<DomainException>(() => report.UpdateLine(line, TaskProgress.Done, 90, new DateOnly(2026, 11, 20), "Xong", null, null));

        Assert.Equal("line.doneMeansFull", refused.Code);
        Assert.Equal((TaskProgress.InProgress, 40), (line.Progress, line.Percent));
        report.UpdateLine(line, TaskProgress.Done, ReportLine.PercentWhenBlank(TaskProgress.Done), new DateOnly(2026, 11, 20), "Xong", null, null);
        Assert.Equal(100, line.Percent);
        Assert.False(line.NeedsCompletionDate);
    }

    [Fact]
    public void A_done_line_without_a_completion_date_says_it_needs_one()
    {
        var report = Build.Report();
        var line = report.Lines.First();

        report.UpdateLine(line, TaskProgress.Done, 100, null, "Xong", null, null);

        Assert.True(line.NeedsCompletionDate);
        Assert.Equal(0, ReportLine.PercentWhenBlank(TaskProgress.InProgress));
    }

    [Fact]
    public void Line_that_is_no_longer_done_loses_its_completion_date()
    {
        var report = Build.Report();
        var line = report.Lines.First();
        report.UpdateLine(line, TaskProgress.Done, 100, new DateOnly(2026, 11, 20), "Xong", null, null);

        report.UpdateLine(line, TaskProgress.InProgress, 60, new DateOnly(2026, 11, 20), "Đang làm", null, null);

        Assert.Null(line.CompletedOn);
        Assert.Equal(60, line.Percent);
    }

    [Fact]
    public void Line_texts_are_trimmed_and_blank_texts_become_null()
    {
        var report = Build.Report();
        var line = report.Lines.First();

        report.UpdateLine(line, TaskProgress.InProgress, 10, null, "  Kết quả  ", "   ", null);

        Assert.Equal("Kết quả", line.Results);
        Assert.Null(line.Difficulties);
        Assert.Null(line.Proposals);
    }
}
