using System.ComponentModel.DataAnnotations;
using System.Globalization;
using DanVan.Data;
using DanVan.Domain.Directives;
using DanVan.Domain.Organization;
using DanVan.Web.Authorization;
using DanVan.Web.Localization;
using DanVan.Web.Pages.Admin.Units;
using DanVan.Web.Paging;
using DanVan.Web.Reporting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DanVan.Web.Pages.Admin.Assignments;

/// <summary>A task's assignments, filtered by unit level and agency kind, and the form that assigns it in bulk.</summary>
public sealed class IndexModel(DanVanDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public BulkInput Input { get; set; } = new();

    /// <summary>The chosen task; null while the administrator has not chosen one.</summary>
    public DirectiveTask? Chosen { get; private set; }

    public IReadOnlyList<TaskChoice> Tasks { get; private set; } = [];

    public PagedList<AssignmentRow> Assignments { get; private set; } = null!;

    public IReadOnlyList<SelectListItem> Units { get; private set; } = [];

    public UnitLevel? Level { get; private set; }

    public AgencyKind? Kind { get; private set; }

    private IReadOnlyList<UnitTree.UnitNode> Tree { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(int? task, UnitLevel? level, AgencyKind? kind, int? p, CancellationToken ct)
    {
        if (task is null)
        {
            Tasks = await db.DirectiveTasks.AsNoTracking()
                .OrderBy(t => t.Directive!.Code).ThenBy(t => t.SortOrder)
                .Select(t => new TaskChoice(t.Id, t.Number, t.Title, t.Directive!.Code))
                .ToListAsync(ct);
            return Page();
        }

        return await LoadAsync(task.Value, level, kind, p, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(int task, CancellationToken ct)
    {
        if (!await LoadAsync(task, null, null, null, ct))
        {
            return NotFound();
        }

        var unitIds = Input.UnitId is { } unitId ? MatchingAgencies.Subtree(Tree, unitId) : null;
        if (unitIds is { Count: 0 })
        {
            ModelState.AddModelError("Input.UnitId", l["Choose a unit."]);
        }

        if (!Input.Confirm)
        {
            ModelState.AddModelError("Input.Confirm", l["Tick the box to confirm."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var matching = MatchingAgencies.Query(db, Input.Kind!.Value, Input.Level, unitIds);
        var assigned = db.Assignments.Where(a => a.TaskId == task);
        var agencies = await matching.Where(a => !assigned.Any(x => x.AgencyId == a.Id)).OrderBy(a => a.Code).ToListAsync(ct);
        var already = await matching.CountAsync(a => assigned.Any(x => x.AgencyId == a.Id), ct);
        if (agencies.Count > 0)
        {
            db.Assignments.AddRange(Assignment.Bulk(Chosen!, agencies, Input.Role!.Value, Input.DueOn));
            var after = new { Role = Input.Role.ToString(), DueOn = Input.DueOn ?? Chosen!.DueOn, AgencyCodes = agencies.Select(a => a.Code).ToList() };
            AuditTrail.Add(db, User.ToActor(), clock.GetUtcNow().UtcDateTime, "assignment.bulk", nameof(DirectiveTask), Id(task), null, after);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                ModelState.AddModelError(string.Empty, l["The change could not be saved because the data changed at the same time. Reload the page and try again."]);
                return Page();
            }
        }

        TempData["StatusMessage"] = l["{0} agencies assigned, {1} already had the task.", agencies.Count, already].Value;
        return RedirectToPage(new { task });
    }

    private async Task<bool> LoadAsync(int id, UnitLevel? level, AgencyKind? kind, int? p, CancellationToken ct)
    {
        Chosen = await db.DirectiveTasks.Include(t => t.Directive).SingleOrDefaultAsync(t => t.Id == id, ct);
        if (Chosen is null)
        {
            return false;
        }

        (Level, Kind) = (level, kind);
        Tree = await UnitTree.LoadAsync(db, ct);
        Units = UnitTree.Options(Tree, Input.UnitId);
        var assignments = db.Assignments.AsNoTracking().Where(a => a.TaskId == id);
        if (level is not null)
        {
            assignments = assignments.Where(a => a.Agency!.Unit!.Level == level);
        }

        if (kind is not null)
        {
            assignments = assignments.Where(a => a.Agency!.Kind == kind);
        }

        var rows = await assignments
            .Select(a => new { Row = new AssignmentRow(a.Id, a.AgencyId, a.Agency!.Code, a.Agency.Name, a.Agency.Unit!.Name, a.Agency.Kind, a.Role, a.DueOn, a.EndedOn, a.Agency.IsActive), a.Agency.Unit.Level })
            .ToListAsync(ct);
        Assignments = PagedList<AssignmentRow>.Of(
            rows.OrderBy(a => a.Level).ThenBy(a => a.Row.UnitName, VietnameseOrder.Names).ThenBy(a => a.Row.Kind).ThenBy(a => a.Row.AgencyName, VietnameseOrder.Names)
                .Select(a => a.Row).ToList(),
            p);
        return true;
    }

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    public sealed record TaskChoice(int Id, string Number, string Title, string DirectiveCode);

    public sealed record AssignmentRow(int Id, int AgencyId, string AgencyCode, string AgencyName, string UnitName, AgencyKind Kind, AssignmentRole Role, DateOnly? DueOn, DateOnly? EndedOn, bool IsActive);

    public sealed class BulkInput
    {
        [Required(ErrorMessage = "Choose the kind of agency.")]
        [Display(Name = "Agency kind")]
        public AgencyKind? Kind { get; set; }

        [Display(Name = "Unit level")]
        public UnitLevel? Level { get; set; }

        [Display(Name = "Unit")]
        public int? UnitId { get; set; }

        [Required(ErrorMessage = "Choose the role.")]
        [Display(Name = "Role")]
        public AssignmentRole? Role { get; set; }

        [Display(Name = "Due date")]
        public DateOnly? DueOn { get; set; }

        public bool Confirm { get; set; }
    }
}
