using DanVan.Domain.Directives;
using DanVan.Domain.Organization;
using DanVan.Domain.Reporting;

namespace DanVan.Domain.Tests;

/// <summary>Small in-memory object graphs for the tests: a directive with tasks, an agency and its report for Q4/2026.</summary>
internal static class Build
{
    /// <summary>26/11/2026 10:00 in Hanoi: inside Q4/2026, before its due date (20/12/2026).</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 26, 10, 0, 0, Hanoi.Offset);

    public static readonly Actor Staff = new("u-staff", "Nguyễn Văn A");

    public static readonly Actor Reviewer = new("u-reviewer", "Trần Thị B");

    public static readonly Actor Administrator = new("u-admin", "Lê Văn C");

    public static DateTime At(int year, int month, int day, int hour = 0, int minute = 0, int second = 0) =>
        new DateTimeOffset(year, month, day, hour, minute, second, Hanoi.Offset).UtcDateTime;

    public static Directive Directive() =>
        Domain.Directives.Directive.Create("07-CT/TU", "Chỉ thị về tăng cường công tác dân vận chính quyền", "Thành ủy Hà Nội", new DateOnly(2021, 6, 3), null, "Toàn văn");

    public static Agency Agency(string code = "ubnd-hang-bac")
    {
        var city = AdministrativeUnit.CreateCity("01", "Thành phố Hà Nội", new DateOnly(2008, 8, 1));
        return Domain.Organization.Agency.Create(code, "Ủy ban nhân dân phường Hàng Bạc", AgencyKind.PeoplesCommittee, city, new DateOnly(2008, 8, 1));
    }

    /// <summary>A draft for Q4/2026 with one line per task (task 1 has no due date, task 2 is due 31/12/2026).</summary>
    public static ProgressReport Report(int tasks = 2, ReportingPeriod? period = null)
    {
        var directive = Directive();
        var agency = Agency();
        var assignments = Enumerable.Range(1, tasks)
            .Select(n => directive.AddTask(n.ToString(System.Globalization.CultureInfo.InvariantCulture), $"Nhiệm vụ {n}", $"Nội dung nhiệm vụ {n}", TaskAddressee.StateAgencies, n == 2 ? new DateOnly(2026, 12, 31) : null))
            .Select(task => Assignment.Create(task, agency, AssignmentRole.Lead))
            .ToList();
        return ProgressReport.Start(agency, period ?? ReportingPeriod.Quarter(2026, 4), assignments, Now.UtcDateTime);
    }

    /// <summary>Fills every line so that the report can be submitted.</summary>
    public static ProgressReport Filled(this ProgressReport report)
    {
        foreach (var line in report.Lines)
        {
            report.UpdateLine(line, TaskProgress.InProgress, 50, null, "Đã tổ chức 2 buổi đối thoại", null, null);
        }

        return report;
    }

    public static ProgressReport Submitted(this ProgressReport report)
    {
        report.Filled().Submit(Staff, Now.UtcDateTime);
        return report;
    }

    public static ProgressReport Accepted(this ProgressReport report)
    {
        report.Submitted().Accept(Reviewer, Now.UtcDateTime.AddHours(1));
        return report;
    }

    public static ProgressReport Returned(this ProgressReport report)
    {
        report.Submitted().Return(Reviewer, "Bổ sung số liệu", Now.UtcDateTime.AddHours(1));
        return report;
    }
}
