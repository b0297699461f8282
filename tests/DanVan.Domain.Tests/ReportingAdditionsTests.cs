using DanVan.Domain.Directives;
using DanVan.Domain.Organization;
using DanVan.Domain.Reporting;

namespace DanVan.Domain.Tests;

/// <summary>Indicator figures on report lines, and submissions: a resent submission counts once, every submission is kept.</summary>
public class ReportingAdditionsTests
{
    private static readonly DateTime Now = Build.Now.UtcDateTime;

    /// <summary>A draft with two lines (tasks 1 and 2, with ids as after saving, as are their assignments); task 1 has a count and a percentage indicator, task 2 a count.</summary>
    private static (ProgressReport Report, Indicator Count, Indicator Rate, Indicator OtherTask) Report()
    {
        var directive = Build.Directive();
        var agency = Build.Agency();
        var first = TestIds.Set(directive.AddTask("1", "Đối thoại với Nhân dân", "Nội dung 1", TaskAddressee.StateAgencies), 1);
        var second = TestIds.Set(directive.AddTask("2", "Giải quyết phản ánh", "Nội dung 2", TaskAddressee.StateAgencies), 2);
        var count = OfTask(TestIds.Set(first.AddIndicator("Số cuộc đối thoại", "cuộc", higherIsBetter: true, isExample: true), 11), first);
        var rate = OfTask(TestIds.Set(first.AddIndicator("Tỷ lệ giải quyết đúng hạn", IndicatorValue.PercentUnit, higherIsBetter: true, isExample: true), 12), first);
        var other = OfTask(TestIds.Set(second.AddIndicator("Số phản ánh đã giải quyết", "phản ánh", higherIsBetter: true, isExample: true), 21), second);
        Assignment[] assignments = [TestIds.Set(Assignment.Create(first, agency, AssignmentRole.Lead), 101), TestIds.Set(Assignment.Create(second, agency, AssignmentRole.Lead), 102)];
        var report = ProgressReport.Start(agency, ReportingPeriod.Quarter(2026, 4), assignments, Now);
        return (report, count, rate, other);
    }

    private static Indicator OfTask(Indicator indicator, DirectiveTask task)
    {
        typeof(Indicator).GetProperty(nameof(Indicator.TaskId))!.SetValue(indicator, task.Id);
        return indicator;
    }

    private static ReportLine LineOf(ProgressReport report, string taskNumber) => report.Lines.Single(l => l.Assignment!.Task!.Number == taskNumber);

    [Fact]
    public void Indicator_value_is_kept_on_the_line_and_renews_the_row_version()
    {
        var (report, count, rate, _) = Report();
        var line = LineOf(report, "1");
        var version = report.RowVersion;

        report.SetIndicator(line, count, 4);
        report.SetIndicator(line, rate, 100);

        Assert.Equal([(11, 4m), (12, 100m)], line.IndicatorValues.Select(v => (v.IndicatorId, v.Value)).Order());
        Assert.NotEqual(version, report.RowVersion);
    }

    [Fact]
    public void Indicator_of_another_task_is_refused()
    {
        var (report, _, _, other) = Report();

        var error = Assert.Throws<DomainException>(() => report.SetIndicator(LineOf(report, "1"), other, 3));

        Assert.Equal("indicator.foreign", error.Code);
        Assert.Empty(LineOf(report, "1").IndicatorValues);
    }

    [Theory]
    [InlineData(100.01)]
    [InlineData(150)]
    public void Percentage_above_100_is_refused(double value)
    {
        var (report, _, rate, _) = Report();

        var error = Assert.Throws<DomainException>(() => report.SetIndicator(LineOf(report, "1"), rate, (decimal)value));

        Assert.Equal("indicator.percentRange", error.Code);
    }

    [Fact]
    public void Count_above_100_is_accepted_because_only_percentages_are_capped()
    {
        var (report, count, _, _) = Report();

        report.SetIndicator(LineOf(report, "1"), count, 250);

        Assert.Equal(250m, Assert.Single(LineOf(report, "1").IndicatorValues).Value);
    }

    [Fact]
    public void Negative_figure_is_refused_and_the_previous_value_is_kept()
    {
        var (report, count, _, _) = Report();
        report.SetIndicator(LineOf(report, "1"), count, 5);

        var error = Assert.Throws<DomainException>(() => report.SetIndicator(LineOf(report, "1"), count, -1));

        Assert.Equal("indicator.negative", error.Code);
        Assert.Equal(5m, Assert.Single(LineOf(report, "1").IndicatorValues).Value);
    }

    [Fact]
    public void Setting_a_value_again_replaces_it_and_null_clears_it()
    {
        var (report, count, _, _) = Report();
        var line = LineOf(report, "1");
        report.SetIndicator(line, count, 5);

        report.SetIndicator(line, count, 7);
        var replaced = Assert.Single(line.IndicatorValues).Value;
        report.SetIndicator(line, count, null);

        Assert.Equal(7m, replaced);
        Assert.Empty(line.IndicatorValues);
    }

    [Fact]
    public void Indicator_of_a_submitted_report_cannot_be_set()
    {
        var (report, count, _, _) = Report();
        report.Submit(Build.Staff, Now);

        var error = Assert.Throws<DomainException>(() => report.SetIndicator(LineOf(report, "1"), count, 1));

        Assert.Equal("report.notEditable", error.Code);
    }

    [Fact]
    public void Submitting_twice_with_the_same_token_returns_false_and_records_one_transition_and_one_version()
    {
        var (report, _, _, _) = Report();
        var token = Guid.NewGuid();

        var first = report.Submit(Build.Staff, Now, token);
        var rowVersion = report.RowVersion;
        var second = report.Submit(Build.Staff, Now.AddSeconds(1), token);

        Assert.True(first);
        Assert.False(second);
        Assert.Single(report.Transitions);
        Assert.Single(report.Versions);
        Assert.Equal((1, Now, rowVersion), (report.Version, report.SubmittedAtUtc, report.RowVersion));
    }

    [Fact]
    public void Another_token_on_a_submitted_report_is_refused_as_not_editable()
    {
        var (report, _, _, _) = Report();
        report.Submit(Build.Staff, Now, Guid.NewGuid());

        var error = Assert.Throws<DomainException>(() => report.Submit(Build.Staff, Now, Guid.NewGuid()));

        Assert.Equal("report.notEditable", error.Code);
        Assert.Single(report.Versions);
    }

    [Fact]
    public void Every_submission_is_kept_as_a_version_with_what_the_report_said_then()
    {
        var (report, count, _, _) = Report();
        var line = LineOf(report, "1");
        report.UpdateLine(line, TaskProgress.InProgress, 40, null, "Đã tổ chức 2 buổi đối thoại", null, null);
        report.SetIndicator(line, count, 2);
        report.Submit(Build.Staff, Now, Guid.NewGuid());
        report.Return(Build.Reviewer, "Bổ sung số liệu", Now.AddHours(1));
        report.UpdateLine(line, TaskProgress.InProgress, 70, null, "Đã tổ chức 4 buổi đối thoại", null, null);
        report.SetIndicator(line, count, 4);

        report.Submit(Build.Staff, Now.AddDays(1), Guid.NewGuid());

        Assert.Equal([1, 2], report.Versions.Select(v => v.Number));
        var (before, after) = (report.Versions.First().Snapshot, report.Versions.Last().Snapshot);
        Assert.Equal(("Đã tổ chức 2 buổi đối thoại", 40, 2m), (before.Lines[0].Results, before.Lines[0].Percent, before.Lines[0].Indicators["Số cuộc đối thoại"]));
        Assert.Equal(("Đã tổ chức 4 buổi đối thoại", 70, 4m), (after.Lines[0].Results, after.Lines[0].Percent, after.Lines[0].Indicators["Số cuộc đối thoại"]));
        Assert.Equal([Now, Now.AddDays(1)], report.Versions.Select(v => v.SubmittedAtUtc));
        Assert.Contains(after.ChangesSince(before), c => c.Field == nameof(LineSnapshot.Percent) && c.Before == "40" && c.After == "70");
    }
}
