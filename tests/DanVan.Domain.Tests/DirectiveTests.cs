using DanVan.Domain.Directives;
using DanVan.Domain.Organization;

namespace DanVan.Domain.Tests;

public class DirectiveTests
{
    [Fact]
    public void Tasks_are_numbered_and_kept_in_the_order_they_were_added()
    {
        var directive = Build.Directive();

        var first = directive.AddTask("1", "Nâng cao nhận thức", "Nội dung 1", TaskAddressee.PartyCommittees);
        var second = directive.AddTask(" 2.1 ", "Đối thoại với Nhân dân", "Nội dung 2.1", TaskAddressee.StateAgencies, new DateOnly(2026, 12, 31));

        Assert.Equal([first, second], directive.Tasks);
        Assert.Equal(("1", 1, true), (first.Number, first.SortOrder, first.IsOngoing));
        Assert.Equal(("2.1", 2, false), (second.Number, second.SortOrder, second.IsOngoing));
        Assert.Same(directive, second.Directive);
    }

    [Theory]
    [InlineData("2")]
    [InlineData(" 2 ")]
    public void Task_number_already_in_the_directive_is_refused(string number)
    {
        var directive = Build.Directive();
        directive.AddTask("2", "Nhiệm vụ", "Nội dung", TaskAddressee.StateAgencies);

        var error = Assert.Throws<DomainException>(() => directive.AddTask(number, "Nhiệm vụ khác", "Nội dung khác", TaskAddressee.PartyCommittees));

        Assert.Equal("task.numberTaken", error.Code);
        Assert.Single(directive.Tasks);
    }

    [Fact]
    public void Indicator_name_already_on_the_task_is_refused()
    {
        var task = Build.Directive().AddTask("1", "Nhiệm vụ", "Nội dung", TaskAddressee.StateAgencies);
        task.AddIndicator("Số cuộc đối thoại", "cuộc", higherIsBetter: true, isExample: true);

        Assert.Equal("indicator.nameTaken", Assert.Throws<DomainException>(() => task.AddIndicator(" Số cuộc đối thoại ", "lần", true, false)).Code);
        Assert.Single(task.Indicators);
    }

    [Fact]
    public void Bulk_assignment_gives_the_task_to_every_agency_with_the_tasks_due_date()
    {
        var task = Build.Directive().AddTask("2.1", "Đối thoại", "Nội dung", TaskAddressee.StateAgencies, new DateOnly(2026, 12, 31));
        var agencies = new[] { Build.Agency("ubnd-a"), Build.Agency("ubnd-b"), Build.Agency("ubnd-c") };

        var assignments = Assignment.Bulk(task, agencies, AssignmentRole.Lead);

        Assert.Equal(agencies, assignments.Select(a => a.Agency));
        Assert.All(assignments, a =>
        {
            Assert.Same(task, a.Task);
            Assert.Equal(AssignmentRole.Lead, a.Role);
            Assert.Equal(new DateOnly(2026, 12, 31), a.DueOn);
        });
    }

    [Fact]
    public void Bulk_assignment_can_set_its_own_due_date()
    {
        var task = Build.Directive().AddTask("2.1", "Đối thoại", "Nội dung", TaskAddressee.StateAgencies, new DateOnly(2026, 12, 31));

        var assignments = Assignment.Bulk(task, [Build.Agency("ubnd-a"), Build.Agency("ubnd-b")], AssignmentRole.Supporting, new DateOnly(2026, 12, 15));

        Assert.Equal(2, assignments.Count);
        Assert.All(assignments, a => Assert.Equal((AssignmentRole.Supporting, new DateOnly(2026, 12, 15)), (a.Role, a.DueOn)));
    }

    [Fact]
    public void Assignment_of_an_ongoing_task_has_no_due_date()
    {
        var task = Build.Directive().AddTask("1", "Nhiệm vụ thường xuyên", "Nội dung", TaskAddressee.PartyCommittees);

        var assignment = Assignment.Create(task, Build.Agency(), AssignmentRole.Lead);

        Assert.Null(assignment.DueOn);
    }

    [Fact]
    public void Report_lines_list_lead_tasks_before_supporting_ones_in_task_order()
    {
        var directive = Build.Directive();
        var t1 = directive.AddTask("1", "A", "A", TaskAddressee.StateAgencies);
        var t2 = directive.AddTask("2", "B", "B", TaskAddressee.StateAgencies);
        var t3 = directive.AddTask("3", "C", "C", TaskAddressee.StateAgencies);
        var agency = Build.Agency();
        var assignments = new[]
        {
            Assignment.Create(t3, agency, AssignmentRole.Lead),
            Assignment.Create(t1, agency, AssignmentRole.Supporting),
            Assignment.Create(t2, agency, AssignmentRole.Lead),
        };

        var report = Reporting.ProgressReport.Start(agency, Reporting.ReportingPeriod.Quarter(2026, 4), assignments, Build.Now.UtcDateTime);

        Assert.Equal(["2", "3", "1"], report.Lines.Select(l => l.Assignment!.Task!.Number));
    }

    [Fact]
    public void Report_refuses_an_assignment_of_another_agency()
    {
        var task = Build.Directive().AddTask("1", "A", "A", TaskAddressee.StateAgencies);
        var agency = Build.Agency("ubnd-a");
        var foreign = Assignment.Create(task, Build.Agency("ubnd-b"), AssignmentRole.Lead);

        var error = Assert.Throws<DomainException>(() => Reporting.ProgressReport.Start(agency, Reporting.ReportingPeriod.Quarter(2026, 4), [foreign], Build.Now.UtcDateTime));

        Assert.Equal("report.foreignAssignment", error.Code);
    }
}
