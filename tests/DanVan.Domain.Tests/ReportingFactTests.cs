using DanVan.Domain.Organization;
using DanVan.Domain.Reporting;
using DanVan.Domain.Reporting.Facts;

namespace DanVan.Domain.Tests;

public class ReportingFactTests
{
    private static readonly DateTime SubmittedAt = new(2026, 4, 10, 3, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Lines_and_indicator_values_carry_their_facts_dimensions()
    {
        var fact = new ReportingFact(7, 3, 42, "UBND phường Hoàn Kiếm", AgencyKind.PeoplesCommittee, 9, "/HN/HN-P-HK/", UnitLevel.Ward);
        fact.RecordReport(100, ReportStatus.Submitted, 1, isLate: false, SubmittedAt, returnCount: 0);

        var line = fact.AddLine(11, 5, AssignmentRole.Lead, new DateOnly(2026, 6, 30), isAssigned: true);
        line.RecordSubmitted(Snapshot("Đã tổ chức 3 hội nghị", null, "Đề nghị bổ sung kinh phí"), new Dictionary<int, decimal> { [8] = 3 });

        Assert.Equal((7, 3, 42, "UBND phường Hoàn Kiếm", AgencyKind.PeoplesCommittee, "/HN/HN-P-HK/", UnitLevel.Ward, ReportStatus.Submitted),
            (line.PeriodId, line.DirectiveId, line.AgencyId, line.AgencyName, line.Kind, line.UnitPath, line.Level, line.Status));
        var value = Assert.Single(line.Indicators);
        Assert.Equal((7, 3, 42, AgencyKind.PeoplesCommittee, "/HN/HN-P-HK/", UnitLevel.Ward, 8, 3m),
            (value.PeriodId, value.DirectiveId, value.AgencyId, value.Kind, value.UnitPath, value.Level, value.IndicatorId, value.Value));
    }

    [Fact]
    public void Text_lengths_are_kept_so_that_quotes_are_ranked_without_reading_texts()
    {
        var fact = new ReportingFact(1, 1, 1, "Sở Nội vụ", AgencyKind.Department, 1, "/HN/", UnitLevel.City);
        var line = fact.AddLine(1, 1, AssignmentRole.Lead, null, isAssigned: true);

        line.RecordSubmitted(Snapshot("Kết quả", string.Empty, null), new Dictionary<int, decimal>());

        Assert.Equal((7, 0, 0), (line.ResultsLength, line.DifficultiesLength, line.ProposalsLength));
    }

    [Fact]
    public void Review_state_recorded_after_the_lines_reaches_them()
    {
        var fact = new ReportingFact(1, 1, 1, "Sở Nội vụ", AgencyKind.Department, 1, "/HN/", UnitLevel.City);
        var line = fact.AddLine(1, 1, AssignmentRole.Lead, null, isAssigned: true);
        Assert.Null(line.Status);

        fact.RecordReport(5, ReportStatus.Accepted, 2, isLate: true, SubmittedAt, returnCount: 1);

        Assert.Equal(ReportStatus.Accepted, line.Status);
    }

    private static LineSnapshot Snapshot(string? results, string? difficulties, string? proposals) =>
        new(1, "1", TaskProgress.InProgress, 50, null, results, difficulties, proposals, new Dictionary<string, decimal>());
}
