using DanVan.Data;
using DanVan.Domain;
using DanVan.Domain.Organization;
using DanVan.Domain.Reporting;
using DanVan.Web.Authorization;
using DanVan.Web.Paging;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Pages.Agencies;

/// <summary>An agency, its assignments and its recent reports; only within the user's scope.</summary>
public sealed class DetailsModel(DanVanDbContext db, IAuthorizationService authorization, TimeProvider clock) : PageModel
{
    public const int RecentReports = 8;

    public Agency Agency { get; private set; } = null!;

    public PagedList<AssignmentRow> Assignments { get; private set; } = null!;

    public IReadOnlyList<ReportRow> Reports { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, int? p, CancellationToken ct)
    {
        var agency = await db.Agencies.AsNoTracking().Include(a => a.Unit).ThenInclude(u => u!.Parent)
            .SingleOrDefaultAsync(a => a.Id == id, ct);
        if (agency is null)
        {
            return NotFound();
        }

        if (!(await authorization.AuthorizeAsync(User, agency, Operations.Read)).Succeeded)
        {
            return Forbid();
        }

        Agency = agency;
        Assignments = await PagedList<AssignmentRow>.CreateAsync(
            db.Assignments.Where(a => a.AgencyId == id).Where(Assignment.StillGivenOn(Hanoi.Today(clock)))
                .OrderBy(a => a.Role).ThenBy(a => a.Task!.Directive!.IssuedOn).ThenBy(a => a.Task!.SortOrder)
                .Select(a => new AssignmentRow(a.TaskId, a.Task!.Directive!.Code, a.Task.Number, a.Task.Title, a.Role, a.DueOn)),
            p,
            cancellationToken: ct);
        Reports = await db.Reports.Where(r => r.AgencyId == id)
            .OrderByDescending(r => r.Period!.DataTo).Take(RecentReports)
            .Select(r => new ReportRow(r.Id, r.Period!, r.Status, r.SubmittedAtUtc, r.IsLate, r.Version))
            .ToListAsync(ct);
        return Page();
    }

    public sealed record AssignmentRow(int TaskId, string DirectiveCode, string Number, string Title, AssignmentRole Role, DateOnly? DueOn);

    public sealed record ReportRow(int Id, ReportingPeriod Period, ReportStatus Status, DateTime? SubmittedAtUtc, bool IsLate, int Version);
}
