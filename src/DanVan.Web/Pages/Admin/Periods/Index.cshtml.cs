using DanVan.Data;
using DanVan.Domain.Reporting;
using DanVan.Web.Paging;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Pages.Admin.Periods;

/// <summary>All reporting periods, newest data range first, with their dates, their state today and how many reports have been submitted.</summary>
public sealed class IndexModel(DanVanDbContext db, TimeProvider clock) : PageModel
{
    public PagedList<ReportingPeriod> Periods { get; private set; } = null!;

    /// <summary>Reports submitted at least once, by period id (periods without any are absent).</summary>
    public IReadOnlyDictionary<int, int> Submitted { get; private set; } = new Dictionary<int, int>();

    public DateTime NowUtc { get; private set; }

    public async Task OnGetAsync(int? p, CancellationToken ct)
    {
        NowUtc = clock.GetUtcNow().UtcDateTime;
        Periods = await PagedList<ReportingPeriod>.CreateAsync(
            db.Periods.AsNoTracking().OrderByDescending(x => x.DataTo).ThenByDescending(x => x.DataFrom).ThenByDescending(x => x.Id),
            p,
            cancellationToken: ct);

        var ids = Periods.Items.Select(x => x.Id).ToList();
        Submitted = await db.Reports.AsNoTracking()
            .Where(r => ids.Contains(r.PeriodId) && r.Version >= 1)
            .GroupBy(r => r.PeriodId)
            .Select(g => new { PeriodId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.PeriodId, x => x.Count, ct);
    }
}
