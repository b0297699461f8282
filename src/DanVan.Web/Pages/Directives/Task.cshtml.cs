using DanVan.Data;
using DanVan.Domain;
using DanVan.Domain.Directives;
using DanVan.Domain.Organization;
using DanVan.Web.Localization;
using DanVan.Web.Authorization;
using DanVan.Web.Paging;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Pages.Directives;

/// <summary>One task and the agencies in the user's scope that it is assigned to.</summary>
public sealed class TaskModel(DanVanDbContext db, TimeProvider clock) : PageModel
{
    public DirectiveTask Task { get; private set; } = null!;

    public PagedList<AssignedAgency> Agencies { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, int? p, CancellationToken ct)
    {
        var task = await db.DirectiveTasks.AsNoTracking().Include(t => t.Directive).Include(t => t.Indicators)
            .SingleOrDefaultAsync(t => t.Id == id, ct);
        if (task is null)
        {
            return NotFound();
        }

        Task = task;
        var assigned = await db.Assignments.Where(User.GetScope().AssignmentFilter).Where(Assignment.StillGivenOn(Hanoi.Today(clock))).Where(a => a.TaskId == id)
            .Select(a => new { Row = new AssignedAgency(a.AgencyId, a.Agency!.Name, a.Agency.Unit!.Name, a.Role, a.DueOn), a.Agency.Unit.Level })
            .ToListAsync(ct);
        Agencies = PagedList<AssignedAgency>.Of(
            assigned.OrderBy(a => a.Row.Role).ThenBy(a => a.Level).ThenBy(a => a.Row.UnitName, VietnameseOrder.Names).ThenBy(a => a.Row.AgencyName, VietnameseOrder.Names)
                .Select(a => a.Row).ToList(),
            p);
        return Page();
    }

    public sealed record AssignedAgency(int AgencyId, string AgencyName, string UnitName, AssignmentRole Role, DateOnly? DueOn);
}
