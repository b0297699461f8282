using DanVan.Domain.Organization;
using DanVan.Domain.Reporting;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Data;

public static class ReportQueries
{
    /// <summary>The submitted reports awaiting a reviewer with <paramref name="scope"/>: the reviewed agencies first, then their reports.</summary>
    public static IQueryable<ProgressReport> AwaitingReviewBy(this DanVanDbContext db, DataScope scope)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(scope);
        var agencies = db.Agencies.Where(scope.ReviewedAgencyFilter).Select(a => a.Id);
        return db.Reports.Where(r => r.Status == ReportStatus.Submitted && agencies.Contains(r.AgencyId));
    }

    /// <summary>A report with everything its pages and its authorization need: agency and unit tree, period, lines with task and indicators, values, attachments.</summary>
    public static IQueryable<ProgressReport> WithContent(this IQueryable<ProgressReport> reports) =>
        reports
            .Include(r => r.Agency).ThenInclude(a => a!.Unit).ThenInclude(u => u!.Parent)
            .Include(r => r.Period)
            .Include(r => r.Lines).ThenInclude(l => l.Assignment).ThenInclude(a => a!.Task).ThenInclude(t => t!.Indicators)
            .Include(r => r.Lines).ThenInclude(l => l.IndicatorValues).ThenInclude(v => v.Indicator)
            .Include(r => r.Attachments)
            .AsSplitQuery();
}
