using DanVan.Domain.Reporting;

namespace DanVan.Domain.Tests;

public class ProgressReportWorkflowTests
{
    private static readonly DateTime Now = Build.Now.UtcDateTime;

    [Fact]
    public void New_report_is_an_editable_draft_with_a_line_per_assignment()
    {
        var report = Build.Report(tasks: 3);

        Assert.Equal(ReportStatus.Draft, report.Status);
        Assert.True(report.IsEditable);
        Assert.Equal(0, report.Version);
        Assert.Equal(3, report.Lines.Count);
        Assert.Empty(report.Transitions);
        Assert.NotEqual(Guid.Empty, report.RowVersion);
    }

    [Fact]
    public void Draft_can_be_submitted_and_the_submission_is_recorded()
    {
        var report = Build.Report().Filled();

        report.Submit(Build.Staff, Now);

        Assert.Equal(ReportStatus.Submitted, report.Status);
        Assert.False(report.IsEditable);
        Assert.Equal(1, report.Version);
        Assert.Equal(Now, report.SubmittedAtUtc);
        Assert.Equal(Now, report.FirstSubmittedAtUtc);
        Assert.False(report.IsLate);
        var transition = Assert.Single(report.Transitions);
        Assert.Equal(ReportStatus.Draft, transition.From);
        Assert.Equal(ReportStatus.Submitted, transition.To);
        Assert.Equal(Build.Staff.UserId, transition.ActorUserId);
        Assert.Equal(Build.Staff.Name, transition.ActorName);
        Assert.Equal(Now, transition.AtUtc);
        Assert.Null(transition.Comment);
        Assert.Equal(1, transition.Version);
    }

    [Fact]
    public void Submitted_report_can_be_returned_with_the_reviewers_comment()
    {
        var report = Build.Report().Submitted();

        report.Return(Build.Reviewer, "  Bổ sung kết quả nhiệm vụ 2  ", Now.AddHours(2));

        Assert.Equal(ReportStatus.Returned, report.Status);
        Assert.True(report.IsEditable);
        var transition = report.Transitions.Last();
        Assert.Equal((ReportStatus.Submitted, ReportStatus.Returned), (transition.From, transition.To));
        Assert.Equal(Build.Reviewer.UserId, transition.ActorUserId);
        Assert.Equal(Build.Reviewer.Name, transition.ActorName);
        Assert.Equal(Now.AddHours(2), transition.AtUtc);
        Assert.Equal("Bổ sung kết quả nhiệm vụ 2", transition.Comment);
        Assert.Equal(1, transition.Version);
    }

    [Fact]
    public void Returned_report_can_be_submitted_again_as_version_2()
    {
        var report = Build.Report().Returned();
        report.UpdateLine(report.Lines.First(), TaskProgress.InProgress, 80, null, "Đã bổ sung", null, null);

        report.Submit(Build.Staff, Now.AddDays(1));

        Assert.Equal(ReportStatus.Submitted, report.Status);
        Assert.Equal(2, report.Version);
        Assert.Equal(Now, report.FirstSubmittedAtUtc);
        Assert.Equal(Now.AddDays(1), report.SubmittedAtUtc);
        var transition = report.Transitions.Last();
        Assert.Equal((ReportStatus.Returned, ReportStatus.Submitted, 2), (transition.From, transition.To, transition.Version));
        Assert.Equal(
            [ReportStatus.Submitted, ReportStatus.Returned, ReportStatus.Submitted],
            report.Transitions.Select(t => t.To));
    }

    [Fact]
    public void Submitted_report_can_be_accepted_with_an_optional_comment()
    {
        var report = Build.Report().Submitted();

        report.Accept(Build.Reviewer, Now.AddHours(3), "Đạt yêu cầu");

        Assert.Equal(ReportStatus.Accepted, report.Status);
        Assert.False(report.IsEditable);
        var transition = report.Transitions.Last();
        Assert.Equal((ReportStatus.Submitted, ReportStatus.Accepted), (transition.From, transition.To));
        Assert.Equal(Build.Reviewer.UserId, transition.ActorUserId);
        Assert.Equal(Now.AddHours(3), transition.AtUtc);
        Assert.Equal("Đạt yêu cầu", transition.Comment);
        Assert.Equal(1, transition.Version);
    }

    [Fact]
    public void Accepted_report_can_be_reopened_with_a_reason_and_becomes_returned()
    {
        var report = Build.Report().Accepted();

        report.Reopen(Build.Administrator, "Sai số liệu chỉ tiêu", Now.AddDays(2));

        Assert.Equal(ReportStatus.Returned, report.Status);
        Assert.True(report.IsEditable);
        var transition = report.Transitions.Last();
        Assert.Equal((ReportStatus.Accepted, ReportStatus.Returned), (transition.From, transition.To));
        Assert.Equal(Build.Administrator.UserId, transition.ActorUserId);
        Assert.Equal(Now.AddDays(2), transition.AtUtc);
        Assert.Equal("Sai số liệu chỉ tiêu", transition.Comment);
        Assert.Equal(1, transition.Version);
    }

    [Fact]
    public void Full_round_trip_records_every_transition_in_order()
    {
        var report = Build.Report().Returned();
        report.Submit(Build.Staff, Now.AddDays(1));
        report.Accept(Build.Reviewer, Now.AddDays(2));
        report.Reopen(Build.Administrator, "Điều chỉnh", Now.AddDays(3));
        report.Submit(Build.Staff, Now.AddDays(4));
        report.Accept(Build.Reviewer, Now.AddDays(5));

        Assert.Equal(
            [
                (ReportStatus.Draft, ReportStatus.Submitted, 1),
                (ReportStatus.Submitted, ReportStatus.Returned, 1),
                (ReportStatus.Returned, ReportStatus.Submitted, 2),
                (ReportStatus.Submitted, ReportStatus.Accepted, 2),
                (ReportStatus.Accepted, ReportStatus.Returned, 2),
                (ReportStatus.Returned, ReportStatus.Submitted, 3),
                (ReportStatus.Submitted, ReportStatus.Accepted, 3),
            ],
            report.Transitions.Select(t => (t.From, t.To, t.Version)));
        Assert.Equal(3, report.Version);
        Assert.Equal(ReportStatus.Accepted, report.Status);
    }

    public static TheoryData<string, Func<ProgressReport>, Action<ProgressReport>, string> IllegalTransitions => new()
    {
        { "Accept a draft", () => Build.Report(), r => r.Accept(Build.Reviewer, Now), "report.illegalTransition" },
        { "Return a draft", () => Build.Report(), r => r.Return(Build.Reviewer, "Bổ sung", Now), "report.illegalTransition" },
        { "Reopen a draft", () => Build.Report(), r => r.Reopen(Build.Administrator, "Lý do", Now), "report.illegalTransition" },
        { "Submit a submitted report", () => Build.Report().Submitted(), r => r.Submit(Build.Staff, Now), "report.notEditable" },
        { "Reopen a submitted report", () => Build.Report().Submitted(), r => r.Reopen(Build.Administrator, "Lý do", Now), "report.illegalTransition" },
        { "Return a returned report", () => Build.Report().Returned(), r => r.Return(Build.Reviewer, "Bổ sung", Now), "report.illegalTransition" },
        { "Accept a returned report", () => Build.Report().Returned(), r => r.Accept(Build.Reviewer, Now), "report.illegalTransition" },
        { "Reopen a returned report", () => Build.Report().Returned(), r => r.Reopen(Build.Administrator, "Lý do", Now), "report.illegalTransition" },
        { "Return an accepted report", () => Build.Report().Accepted(), r => r.Return(Build.Reviewer, "Bổ sung", Now), "report.illegalTransition" },
        { "Accept an accepted report", () => Build.Report().Accepted(), r => r.Accept(Build.Reviewer, Now), "report.illegalTransition" },
        { "Submit an accepted report", () => Build.Report().Accepted(), r => r.Submit(Build.Staff, Now), "report.notEditable" },
        { "Return with an empty comment", () => Build.Report().Submitted(), r => r.Return(Build.Reviewer, string.Empty, Now), "report.returnNeedsComment" },
        { "Return with a whitespace comment", () => Build.Report().Submitted(), r => r.Return(Build.Reviewer, " \t\n ", Now), "report.returnNeedsComment" },
        { "Reopen without a reason", () => Build.Report().Accepted(), r => r.Reopen(Build.Administrator, string.Empty, Now), "report.reopenNeedsReason" },
        { "Reopen with a whitespace reason", () => Build.Report().Accepted(), r => r.Reopen(Build.Administrator, "   ", Now), "report.reopenNeedsReason" },
    };

    [Theory]
    [MemberData(nameof(IllegalTransitions))]
    public void Illegal_transition_is_refused_and_changes_nothing(string name, Func<ProgressReport> arrange, Action<ProgressReport> act, string code)
    {
        var report = arrange();
        var status = report.Status;
        var version = report.Version;
        var rowVersion = report.RowVersion;
        var transitions = report.Transitions.Count;

        var error = Assert.Throws<DomainException>(() => act(report));

        Assert.True(code == error.Code, $"{name}: expected {code}, got {error.Code}");
        Assert.Equal(status, report.Status);
        Assert.Equal(version, report.Version);
        Assert.Equal(rowVersion, report.RowVersion);
        Assert.Equal(transitions, report.Transitions.Count);
    }

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
