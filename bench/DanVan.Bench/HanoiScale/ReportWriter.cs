using DanVan.Data;
using DanVan.Domain.Reporting;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Bench.HanoiScale;

/// <summary>Writes one period's reports, made through the domain, with their lines, indicator values, versions and transitions, in one transaction.</summary>
internal static class ReportWriter
{
    /// <summary>
    /// Writes the reports; their concurrency tokens (random GUIDs in the domain) are drawn from <paramref name="seed"/>
    /// instead, so that the same seed gives the same file apart from the accounts' password hashes and stamps. A period
    /// written in several parts (the national set's, 2,000 agencies at a time) draws each part's tokens from its own seed.
    /// </summary>
    public static void Write(DanVanDbContext db, int periodId, IReadOnlyList<ProgressReport> reports, int seed, int part = 0)
    {
        using var transaction = db.Database.GetDbConnection().BeginTransaction();
        const string Id = nameof(ProgressReport.Id);
        using var reportRows = new BulkInsert<ProgressReport>(db, transaction, Id, nameof(ProgressReport.PeriodId), nameof(ProgressReport.RowVersion));
        using var lineRows = new BulkInsert<ReportLine>(db, transaction, Id, nameof(ReportLine.ReportId));
        using var valueRows = new BulkInsert<IndicatorValue>(db, transaction, Id, nameof(IndicatorValue.LineId));
        using var versionRows = new BulkInsert<ReportVersion>(db, transaction, Id, nameof(ReportVersion.ReportId));
        using var transitionRows = new BulkInsert<ReportTransition>(db, transaction, Id, nameof(ReportTransition.ReportId));
        var reportId = (int)BulkInsert<ProgressReport>.MaxId(db, transaction);
        var lineId = (int)BulkInsert<ReportLine>.MaxId(db, transaction);
        var valueId = (int)BulkInsert<IndicatorValue>.MaxId(db, transaction);
        var versionId = (int)BulkInsert<ReportVersion>.MaxId(db, transaction);
        var transitionId = (int)BulkInsert<ReportTransition>.MaxId(db, transaction);
        var tokens = new Random(Seeds.Of(seed, "row versions", periodId, part));
        var token = new byte[16];
        foreach (var report in reports)
        {
            tokens.NextBytes(token);
            reportRows.Add(report, ++reportId, periodId, new Guid(token));
            foreach (var line in report.Lines)
            {
                lineRows.Add(line, ++lineId, reportId);
                foreach (var value in line.IndicatorValues)
                {
                    valueRows.Add(value, ++valueId, lineId);
                }
            }

            foreach (var version in report.Versions)
            {
                versionRows.Add(version, ++versionId, reportId);
            }

            foreach (var transition in report.Transitions)
            {
                transitionRows.Add(transition, ++transitionId, reportId);
            }
        }

        transaction.Commit();
    }
}
