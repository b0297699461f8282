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
}
