using DanVan.Data;
using DanVan.Domain;
using DanVan.Domain.Reporting;
using DanVan.Web.Authorization;
using DanVan.Web.Paging;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Pages.Reports;

/// <summary>The user's own agency's reports, newest period first, and the open periods it has not started a report for yet.</summary>
public sealed class IndexModel(DanVanDbContext db, IAuthorizationService authorization, TimeProvider clock) : PageModel
{
    public string AgencyName { get; private set; } = string.Empty;

    public PagedList<ReportRow> Reports { get; private set; } = null!;

    /// <summary>Periods open now for which the agency has no report yet.</summary>
    public IReadOnlyList<ReportingPeriod> OpenWithoutReport { get; private set; } = [];

    /// <summary>Whether the user drafts their agency's reports (head or staff); others only read them.</summary>
    public bool CanReport { get; private set; }

    public async Task OnGetAsync(int? p, CancellationToken ct)
    {
        var agencyId = User.GetAgencyId();
        var now = clock.GetUtcNow().UtcDateTime;
        AgencyName = await db.Agencies.Where(a => a.Id == agencyId).Select(a => a.Name).SingleAsync(ct);
        CanReport = (await authorization.AuthorizeAsync(User, Policies.Reporting)).Succeeded;
        Reports = await PagedList<ReportRow>.CreateAsync(
            db.Reports.Where(r => r.AgencyId == agencyId)
                .OrderByDescending(r => r.Period!.DataTo).ThenByDescending(r => r.Id)
                .Select(r => new ReportRow(r.Id, r.Period!, r.Status, r.Version, r.SubmittedAtUtc, r.IsLate)),
            p,
            cancellationToken: ct);

        var yesterday = Hanoi.Today(clock).AddDays(-1);
        var candidates = await db.Periods.AsNoTracking()
            .Where(period => period.ClosesOn >= yesterday && !db.Reports.Any(r => r.AgencyId == agencyId && r.PeriodId == period.Id))
            .ToListAsync(ct);
        OpenWithoutReport = candidates.Where(period => period.IsOpen(now)).OrderBy(period => period.DueOn).ToList();
    }

    public sealed record ReportRow(int Id, ReportingPeriod Period, ReportStatus Status, int Version, DateTime? SubmittedAtUtc, bool IsLate)
    {
        public bool IsEditable => Status is ReportStatus.Draft or ReportStatus.Returned;
    }
}
