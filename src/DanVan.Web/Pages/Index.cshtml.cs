using DanVan.Data;
using DanVan.Domain;
using DanVan.Domain.Organization;
using DanVan.Domain.Reporting;
using DanVan.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Pages;

/// <summary>The home page: what needs the signed-in user's attention.</summary>
public sealed class IndexModel(DanVanDbContext db, IAuthorizationService authorization, TimeProvider clock) : PageModel
{
    public const int ReviewListSize = 10;

    public string AgencyName { get; private set; } = string.Empty;

    public string UnitName { get; private set; } = string.Empty;

    public int AssignmentCount { get; private set; }

    public ReportingPeriod? CurrentPeriod { get; private set; }

    /// <summary>The state of the agency's report for the current period; null when not yet started.</summary>
    public ReportStatus? CurrentReportStatus { get; private set; }

    public int? CurrentReportId { get; private set; }

    public int DaysToDue { get; private set; }

    public bool CanReport { get; private set; }

    public bool CanReview { get; private set; }

    public bool CanAdminister { get; private set; }

    public bool SeesDashboard { get; private set; }

    public int AwaitingReviewCount { get; private set; }

    public IReadOnlyList<AwaitingReview> AwaitingReviewOldest { get; private set; } = [];

    public IReadOnlyList<ReturnedReport> ReturnedReports { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var agencyId = User.GetAgencyId();
        var agency = await db.Agencies.Where(a => a.Id == agencyId).Select(a => new { a.Name, Unit = a.Unit!.Name }).SingleAsync(ct);
        (AgencyName, UnitName) = (agency.Name, agency.Unit);
        AssignmentCount = await db.Assignments.Where(Assignment.StillGivenOn(Hanoi.Today(clock))).CountAsync(a => a.AgencyId == agencyId, ct);
        CanReport = (await authorization.AuthorizeAsync(User, Policies.Reporting)).Succeeded;
        CanReview = (await authorization.AuthorizeAsync(User, Policies.Review)).Succeeded;
        CanAdminister = (await authorization.AuthorizeAsync(User, Policies.Administration)).Succeeded;
        SeesDashboard = (await authorization.AuthorizeAsync(User, Policies.Dashboard)).Succeeded;

        var today = Hanoi.Today(clock);
        var quarter = ReportingPeriod.QuarterContaining(today);
        CurrentPeriod = await db.Periods.SingleOrDefaultAsync(p => p.Kind == quarter.Kind && p.Year == quarter.Year && p.Number == quarter.Number, ct);
        if (CurrentPeriod is not null)
        {
            DaysToDue = CurrentPeriod.DueOn.DayNumber - today.DayNumber;
            var current = await db.Reports.Where(r => r.AgencyId == agencyId && r.PeriodId == CurrentPeriod.Id)
                .Select(r => new { r.Id, r.Status }).SingleOrDefaultAsync(ct);
            (CurrentReportId, CurrentReportStatus) = (current?.Id, current?.Status);
        }

        ReturnedReports = await db.Reports.Where(r => r.AgencyId == agencyId && r.Status == ReportStatus.Returned)
            .OrderBy(r => r.Period!.DueOn)
            .Select(r => new ReturnedReport(r.Id, r.Period!))
            .ToListAsync(ct);

        if (CanReview)
        {
            var queue = db.AwaitingReviewBy(User.GetScope());
            AwaitingReviewCount = await queue.CountAsync(ct);
            AwaitingReviewOldest = await queue.OrderBy(r => r.SubmittedAtUtc).Take(ReviewListSize)
                .Select(r => new AwaitingReview(r.Id, r.Agency!.Name, r.Period!, r.SubmittedAtUtc!.Value, r.IsLate))
                .ToListAsync(ct);
        }
    }

    public sealed record AwaitingReview(int ReportId, string AgencyName, ReportingPeriod Period, DateTime SubmittedAtUtc, bool IsLate);

    public sealed record ReturnedReport(int ReportId, ReportingPeriod Period);
}
