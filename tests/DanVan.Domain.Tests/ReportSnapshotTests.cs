using DanVan.Domain.Directives;
using DanVan.Domain.Organization;
using DanVan.Domain.Reporting;

namespace DanVan.Domain.Tests;

public class ReportSnapshotTests
{
    private static readonly DateTime Now = Build.Now.UtcDateTime;

    [Fact]
    public void Unchanged_report_has_no_changes()
    {
        var report = Report().Filled();

        Assert.Empty(ReportSnapshot.Of(report).ChangesSince(ReportSnapshot.Of(report)));
    }

    [Fact]
    public void Kept_version_read_back_from_its_json_equals_the_report_it_was_taken_from()
    {
        var report = Report().Submitted();

        var version = Assert.Single(report.Versions);

        Assert.Empty(ReportSnapshot.Of(report).ChangesSince(version.Snapshot));
        Assert.Equal(1, version.Number);
        Assert.Equal(Build.Staff.Name, version.SubmittedByName);
    }

    [Fact]
    public void Overall_assessment_change_is_reported_for_the_general_section()
    {
        var report = Report();
        report.UpdateAssessment("Cơ bản hoàn thành");
        var before = ReportSnapshot.Of(report);

        report.UpdateAssessment("Hoàn thành tốt các nhiệm vụ");

        var change = Assert.Single(ReportSnapshot.Of(report).ChangesSince(before));
        Assert.Equal(new FieldChange(null, nameof(ReportSnapshot.OverallAssessment), "Cơ bản hoàn thành", "Hoàn thành tốt các nhiệm vụ"), change);
    }

    [Fact]
    public void Each_line_field_that_changed_is_reported_with_its_task_number_and_both_values()
    {
        var report = Report();
        var line = report.Lines.First();
        report.UpdateLine(line, TaskProgress.InProgress, 40, null, "Kết quả cũ", "Khó khăn cũ", "Đề xuất cũ");
        var before = ReportSnapshot.Of(report);

        report.UpdateLine(line, TaskProgress.Done, 100, new DateOnly(2026, 11, 20), "Kết quả mới", "Khó khăn mới", "Đề xuất mới");

        Assert.Equal(
            [
                new FieldChange("1", nameof(LineSnapshot.Progress), "InProgress", "Done"),
                new FieldChange("1", nameof(LineSnapshot.Percent), "40", "100"),
                new FieldChange("1", nameof(LineSnapshot.CompletedOn), null, "20/11/2026"),
                new FieldChange("1", nameof(LineSnapshot.Results), "Kết quả cũ", "Kết quả mới"),
                new FieldChange("1", nameof(LineSnapshot.Difficulties), "Khó khăn cũ", "Khó khăn mới"),
                new FieldChange("1", nameof(LineSnapshot.Proposals), "Đề xuất cũ", "Đề xuất mới"),
            ],
            ReportSnapshot.Of(report).ChangesSince(before));
    }

    [Fact]
    public void Only_the_fields_that_changed_are_reported()
    {
        var report = Report().Filled();
        var before = ReportSnapshot.Of(report);

        report.UpdateLine(report.Lines.Last(), TaskProgress.InProgress, 75, null, "Đã tổ chức 2 buổi đối thoại", null, null);

        Assert.Equal([new FieldChange("2", nameof(LineSnapshot.Percent), "50", "75")], ReportSnapshot.Of(report).ChangesSince(before));
    }

    [Fact]
    public void Indicator_values_added_changed_and_removed_are_reported_by_indicator_name()
    {
        var report = Report();
        var line = report.Lines.First();
        var task = line.Assignment!.Task!;
        var dialogues = TestIds.Set(task.AddIndicator("Số cuộc đối thoại", "cuộc", true, true), 1);
        var resolved = TestIds.Set(task.AddIndicator("Tỷ lệ phản ánh được giải quyết đúng hạn", IndicatorValue.PercentUnit, true, true), 2);
        var meetings = TestIds.Set(task.AddIndicator("Số hội nghị quán triệt", "hội nghị", true, true), 3);
        report.SetIndicator(line, dialogues, 3);
        report.SetIndicator(line, resolved, 90.5m);
        var before = ReportSnapshot.Of(report);

        report.SetIndicator(line, dialogues, 5);
        report.SetIndicator(line, resolved, null);
        report.SetIndicator(line, meetings, 2);

        var changes = ReportSnapshot.Of(report).ChangesSince(before).OrderBy(c => c.Field, StringComparer.Ordinal).ToList();
        Assert.Equal(
            [
                new FieldChange("1", "Số cuộc đối thoại", "3", "5"),
                new FieldChange("1", "Số hội nghị quán triệt", null, "2"),
                new FieldChange("1", "Tỷ lệ phản ánh được giải quyết đúng hạn", "90.5", null),
            ],
            changes);
    }

    [Fact]
    public void Lines_are_matched_by_assignment_not_by_position()
    {
        var first = Line(11, "1.1", 30);
        var second = Line(12, "1.2", 60);
        var earlier = new ReportSnapshot("Đánh giá", [first, second]);

        var later = new ReportSnapshot("Đánh giá", [second, first with { Percent = 45 }]);

        Assert.Equal([new FieldChange("1.1", nameof(LineSnapshot.Percent), "30", "45")], later.ChangesSince(earlier));
    }

    [Fact]
    public void A_line_new_since_the_earlier_version_reports_its_filled_fields_as_added()
    {
        var earlier = new ReportSnapshot(null, [Line(11, "1.1", 30)]);

        var later = new ReportSnapshot(null, [Line(11, "1.1", 30), Line(12, "1.2", 60)]);

        var changes = later.ChangesSince(earlier);
        Assert.All(changes, c => Assert.Equal("1.2", c.TaskNumber));
        Assert.Contains(new FieldChange("1.2", nameof(LineSnapshot.Percent), null, "60"), changes);
        Assert.Contains(new FieldChange("1.2", nameof(LineSnapshot.Results), null, "Kết quả 1.2"), changes);
    }

    [Fact]
    public void Resubmission_after_a_return_keeps_both_versions_and_their_difference()
    {
        var report = Report().Returned();
        report.UpdateLine(report.Lines.First(), TaskProgress.InProgress, 80, null, "Đã bổ sung số liệu", null, null);
        report.Submit(Build.Staff, Now.AddDays(1));

        var versions = report.Versions.OrderBy(v => v.Number).ToList();

        Assert.Equal([1, 2], versions.Select(v => v.Number));
        Assert.Equal(
            [
                new FieldChange("1", nameof(LineSnapshot.Percent), "50", "80"),
                new FieldChange("1", nameof(LineSnapshot.Results), "Đã tổ chức 2 buổi đối thoại", "Đã bổ sung số liệu"),
            ],
            versions[1].Snapshot.ChangesSince(versions[0].Snapshot));
    }

    /// <summary>Like <see cref="Build.Report"/>, with the assignment ids a saved report has, since lines are matched by them.</summary>
    private static ProgressReport Report()
    {
        var directive = Build.Directive();
        var agency = Build.Agency();
        var assignments = new[] { ("1", (DateOnly?)null), ("2", new DateOnly(2026, 12, 31)) }
            .Select((t, i) => TestIds.Set(Assignment.Create(directive.AddTask(t.Item1, $"Nhiệm vụ {t.Item1}", "Nội dung", TaskAddressee.StateAgencies, t.Item2), agency, AssignmentRole.Lead), 101 + i))
            .ToList();
        return ProgressReport.Start(agency, ReportingPeriod.Quarter(2026, 4), assignments, Now);
    }

    private static LineSnapshot Line(int assignmentId, string taskNumber, int percent) =>
        new(assignmentId, taskNumber, TaskProgress.InProgress, percent, null, $"Kết quả {taskNumber}", null, null, new Dictionary<string, decimal>());
}
