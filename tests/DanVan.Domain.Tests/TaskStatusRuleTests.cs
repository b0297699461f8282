using System.Globalization;
using DanVan.Domain.Directives;
using DanVan.Domain.Organization;
using DanVan.Domain.Reporting;
using DanVan.Domain.Reporting.Facts;
using TaskStatus = DanVan.Domain.Reporting.TaskStatus;

namespace DanVan.Domain.Tests;

public class TaskStatusRuleTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);

    private static DateOnly? D(string? iso) => iso is null ? null : DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Theory]
    [InlineData(TaskProgress.NotStarted, null, null, TaskStatus.NotStarted)]
    [InlineData(TaskProgress.NotStarted, "2026-12-31", null, TaskStatus.NotStarted)]
    [InlineData(TaskProgress.NotStarted, "2026-11-26", null, TaskStatus.NotStarted)]
    [InlineData(TaskProgress.NotStarted, "2026-11-25", null, TaskStatus.Overdue)]
    [InlineData(TaskProgress.InProgress, null, null, TaskStatus.InProgress)]
    [InlineData(TaskProgress.InProgress, "2026-12-31", null, TaskStatus.InProgress)]
    [InlineData(TaskProgress.InProgress, "2026-11-26", null, TaskStatus.InProgress)]
    [InlineData(TaskProgress.InProgress, "2026-11-25", null, TaskStatus.Overdue)]
    [InlineData(TaskProgress.Done, null, "2026-11-20", TaskStatus.DoneOnTime)]
    [InlineData(TaskProgress.Done, null, null, TaskStatus.DoneOnTime)]
    [InlineData(TaskProgress.Done, "2026-11-30", "2026-11-20", TaskStatus.DoneOnTime)]
    [InlineData(TaskProgress.Done, "2026-11-20", "2026-11-20", TaskStatus.DoneOnTime)]
    [InlineData(TaskProgress.Done, "2026-11-20", "2026-11-21", TaskStatus.DoneLate)]
    [InlineData(TaskProgress.Done, "2026-11-30", null, TaskStatus.DoneOnTime)]
    [InlineData(TaskProgress.Done, "2026-11-25", null, TaskStatus.DoneLate)]
    public void Status_follows_from_the_stated_progress_and_the_dates(TaskProgress progress, string? dueOn, string? completedOn, TaskStatus expected)
    {
        Assert.Equal(expected, TaskStatusRule.Derive(progress, D(dueOn), D(completedOn), Today));
        Assert.Equal(expected, FactLine(progress, D(dueOn), D(completedOn)).StatusOn(Today));
    }

    /// <summary>The read model keeps whether the completion was in time instead of the date; its status is the same.</summary>
    private static ReportingFactLine FactLine(TaskProgress progress, DateOnly? dueOn, DateOnly? completedOn)
    {
        var line = new ReportingFact(1, 1, 1, "Sở Nội vụ", AgencyKind.Department, 1, "/HN/", UnitLevel.City).AddLine(1, 1, AssignmentRole.Lead, dueOn, isAssigned: true);
        line.RecordSubmitted(new LineSnapshot(1, "1", progress, 0, completedOn, null, null, null, new Dictionary<string, decimal>()), new Dictionary<int, decimal>());
        return line;
    }

    [Fact]
    public void Task_completed_late_stays_done_late_whatever_the_day_it_is_read()
    {
        Assert.Equal(TaskStatus.DoneLate, TaskStatusRule.Derive(TaskProgress.Done, D("2026-06-30"), D("2026-07-02"), D("2026-07-01")!.Value));
        Assert.Equal(TaskStatus.DoneLate, TaskStatusRule.Derive(TaskProgress.Done, D("2026-06-30"), D("2026-07-02"), D("2030-01-01")!.Value));
    }

    [Fact]
    public void Report_line_status_uses_the_assignments_due_date()
    {
        var directive = Build.Directive();
        var task = directive.AddTask("1", "Đối thoại", "Tổ chức đối thoại", TaskAddressee.StateAgencies, new DateOnly(2026, 11, 30));
        var agency = Build.Agency();
        var assignment = Assignment.Create(task, agency, AssignmentRole.Lead, new DateOnly(2026, 11, 20));
        var report = ProgressReport.Start(agency, ReportingPeriod.Quarter(2026, 4), [assignment], Build.Now.UtcDateTime);
        var line = report.Lines.Single();

        Assert.Equal(TaskStatus.Overdue, line.StatusOn(Today));

        report.UpdateLine(line, TaskProgress.Done, 100, new DateOnly(2026, 11, 22), "Xong", null, null);

        Assert.Equal(TaskStatus.DoneLate, line.StatusOn(Today));
    }
}
