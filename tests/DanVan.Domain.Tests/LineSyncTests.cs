using DanVan.Domain.Organization;
using DanVan.Domain.Reporting;

namespace DanVan.Domain.Tests;

/// <summary>Assignments given or ended after a report was opened reach it while it is being written, never once submitted.</summary>
public class LineSyncTests
{
    [Fact]
    public void A_task_assigned_after_the_draft_was_opened_gets_a_line()
    {
        var report = Build.Report(tasks: 2);
        var assignments = report.Lines.Select(l => l.Assignment!).ToList();
        var task = Build.Directive().AddTask("3", "Nhiệm vụ mới", "Toàn văn nhiệm vụ mới", Directives.TaskAddressee.StateAgencies, null);
        var added = TestIds.Set(Assignment.Create(task, report.Agency!, AssignmentRole.Lead), 99);

        Assert.True(report.SyncLines([.. assignments, added]));

        Assert.Equal(3, report.Lines.Count);
        Assert.Contains(report.Lines, l => l.AssignmentId == 99);
    }

    [Fact]
    public void An_assignment_ended_before_the_cut_off_leaves_a_returned_report()
    {
        var report = Build.Report(tasks: 2).Returned();
        var assignments = report.Lines.Select(l => l.Assignment!).ToList();
        assignments[1].End(report.Period!.DataTo.AddDays(-10));

        Assert.True(report.SyncLines(assignments));

        Assert.Single(report.Lines);
        Assert.Equal(2, report.Versions.Single().Snapshot.Lines.Count);
    }

    [Fact]
    public void A_file_attached_to_a_leaving_line_stays_with_the_report_as_a_whole()
    {
        var report = Build.Report(tasks: 2);
        var assignments = report.Lines.Select(l => l.Assignment!).ToList();
        var leaving = report.Lines.Single(l => ReferenceEquals(l.Assignment, assignments[1]));
        var file = report.AddAttachment(leaving, "biên bản.pdf", EvidenceType.Pdf, 10, new AttachmentLimits(), Build.Staff, Build.Now.UtcDateTime);
        assignments[1].End(report.Period!.DataTo.AddDays(-10));

        Assert.True(report.SyncLines(assignments));

        Assert.DoesNotContain(leaving, report.Lines);
        Assert.Equal([file], report.Attachments);
        Assert.Null(file.Line);
    }

    [Fact]
    public void A_submitted_report_keeps_its_lines()
    {
        var report = Build.Report(tasks: 2).Filled().Submitted();
        var assignments = report.Lines.Select(l => l.Assignment!).ToList();
        assignments[1].End(report.Period!.DataTo.AddDays(-10));

        Assert.False(report.SyncLines(assignments));

        Assert.Equal(2, report.Lines.Count);
    }

    [Fact]
    public void An_assignment_that_starts_after_the_cut_off_is_not_in_the_report()
    {
        var period = ReportingPeriod.Quarter(2026, 4);
        var report = Build.Report(tasks: 1, period: period);
        var assignments = report.Lines.Select(l => l.Assignment!).ToList();
        var task = Build.Directive().AddTask("3", "Nhiệm vụ sau", "Toàn văn", Directives.TaskAddressee.StateAgencies, null);
        var later = TestIds.Set(Assignment.Create(task, report.Agency!, AssignmentRole.Lead, startsOn: period.DataTo.AddDays(1)), 98);

        Assert.False(report.SyncLines([.. assignments, later]));
        Assert.Single(report.Lines);
    }
}
