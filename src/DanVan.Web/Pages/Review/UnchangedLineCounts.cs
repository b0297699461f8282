using DanVan.Data;
using DanVan.Domain.Reporting;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Pages.Review;

/// <summary>
/// For the reports on a page of the review queue: how many of their lines repeat the same agency's results of the
/// previous period of the same kind (<see cref="TextSimilarity.IsUnchanged"/>). Two queries whatever the page size.
/// </summary>
public static class UnchangedLineCounts
{
    public static async Task<IReadOnlyDictionary<int, int>> ForAsync(DanVanDbContext db, IReadOnlyCollection<int> reportIds, IReadOnlyList<ReportingPeriod> periods, CancellationToken ct)
    {
        var current = await db.ReportLines.AsNoTracking().Where(l => reportIds.Contains(l.ReportId))
            .Select(l => new { l.ReportId, l.AssignmentId, l.Results, l.Report!.AgencyId, l.Report.PeriodId }).ToListAsync(ct);
        var previousOf = current.Select(l => l.PeriodId).Distinct()
            .ToDictionary(id => id, id => periods.Single(p => p.Id == id).PreviousAmong(periods)?.Id);
        var agencyIds = current.Select(l => l.AgencyId).Distinct().ToList();
        var previousIds = previousOf.Values.OfType<int>().Distinct().ToList();
        var earlier = (await db.ReportLines.AsNoTracking()
                .Where(l => agencyIds.Contains(l.Report!.AgencyId) && previousIds.Contains(l.Report.PeriodId))
                .Select(l => new { l.Report!.AgencyId, l.Report.PeriodId, l.AssignmentId, l.Results }).ToListAsync(ct))
            .ToDictionary(l => (l.AgencyId, l.PeriodId, l.AssignmentId), l => l.Results);
        return current
            .Where(l => previousOf[l.PeriodId] is { } previous
                && earlier.TryGetValue((l.AgencyId, previous, l.AssignmentId), out var before) && TextSimilarity.IsUnchanged(l.Results, before))
            .GroupBy(l => l.ReportId)
            .ToDictionary(g => g.Key, g => g.Count());
    }
}
