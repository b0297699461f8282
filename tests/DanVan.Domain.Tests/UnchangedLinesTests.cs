using DanVan.Domain.Directives;
using DanVan.Domain.Organization;
using DanVan.Domain.Reporting;

namespace DanVan.Domain.Tests;

public class UnchangedLinesTests
{
    private const string LastResults = "Tổ chức 3 hội nghị đối thoại giữa Chủ tịch UBND phường với Nhân dân về giải phóng mặt bằng, trật tự đô thị và cải cách thủ tục hành chính; tiếp nhận và giải quyết 45 kiến nghị.";

    [Fact]
    public void A_line_whose_results_repeat_last_periods_with_one_figure_changed_is_unchanged_and_a_rewritten_one_is_not()
    {
        var (previous, current) = TwoPeriods();
        Fill(previous, LastResults, "Rà soát quy chế dân chủ ở cơ sở.");
        Fill(current, LastResults.Replace("45", "52", StringComparison.Ordinal), "Ban hành kế hoạch kiểm tra việc thực hiện quy chế dân chủ tại 12 tổ dân phố, khắc phục hạn chế sau đối thoại.");

        var unchanged = current.LinesUnchangedSince(previous);

        Assert.Equal([current.Lines.First().Id], unchanged);
    }

    [Fact]
    public void Without_a_previous_report_or_with_empty_results_nothing_is_unchanged()
    {
        var (previous, current) = TwoPeriods();
        Fill(previous, null, null);
        Fill(current, null, null);

        Assert.Empty(current.LinesUnchangedSince(null));
        Assert.Empty(current.LinesUnchangedSince(previous));
    }

    private static (ProgressReport Previous, ProgressReport Current) TwoPeriods()
    {
        var directive = Build.Directive();
        var agency = Build.Agency();
        var assignments = new[] { "1.1", "1.2" }
            .Select((number, i) => TestIds.Set(Assignment.Create(directive.AddTask(number, $"Nhiệm vụ {number}", "Nội dung", TaskAddressee.StateAgencies, null), agency, AssignmentRole.Lead), i + 1))
            .ToList();
        var previous = ProgressReport.Start(agency, ReportingPeriod.Quarter(2026, 3), assignments, Build.At(2026, 8, 20));
        var current = ProgressReport.Start(agency, ReportingPeriod.Quarter(2026, 4), assignments, Build.Now.UtcDateTime);
        var id = 100;
        foreach (var line in previous.Lines.Concat(current.Lines))
        {
            TestIds.Set(line, id++);
        }

        return (previous, current);
    }

    private static void Fill(ProgressReport report, string? first, string? second)
    {
        var lines = report.Lines.ToList();
        report.UpdateLine(lines[0], TaskProgress.InProgress, 50, null, first, null, null);
        report.UpdateLine(lines[1], TaskProgress.InProgress, 50, null, second, null, null);
    }
}
