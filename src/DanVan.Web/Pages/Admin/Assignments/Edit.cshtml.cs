using System.ComponentModel.DataAnnotations;
using System.Globalization;
using DanVan.Data;
using DanVan.Domain;
using DanVan.Domain.Organization;
using DanVan.Web.Authorization;
using DanVan.Web.Localization;
using DanVan.Web.Reporting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DanVan.Web.Pages.Admin.Assignments;

/// <summary>Changes one assignment's role and due date, or ends it after a confirmation; an assignment is never deleted.</summary>
public sealed class EditModel(DanVanDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public Assignment Assignment { get; private set; } = null!;

    /// <summary>The day the assignment would end from: today in Hanoi, or its start day when it starts later.</summary>
    public DateOnly EndsOn { get; private set; }

    /// <summary>The model-state key of the end form's message.</summary>
    public const string EndField = "confirm-end";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Input = new InputModel { Role = Assignment.Role, DueOn = Assignment.DueOn };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var before = Snapshot();
        Assignment.Change(Input.Role!.Value, Input.DueOn);
        var after = Snapshot();
        if (after.Equals(before))
        {
            TempData["StatusMessage"] = l["Nothing was changed."].Value;
            return BackToList();
        }

        AuditTrail.Add(db, User.ToActor(), clock.GetUtcNow().UtcDateTime, "assignment.change", nameof(Assignment), Id(id), before, after);
        await db.SaveChangesAsync(ct);
        TempData["StatusMessage"] = l["The assignment of task {0} to {1} has been saved.", Assignment.Task!.Number, Assignment.Agency!.Name].Value;
        return BackToList();
    }

    /// <summary>
    /// Ends the assignment, after a confirmation, from today in Hanoi (or from its start day when it starts later, so that
    /// it is never in force). Nothing is deleted: the context's save drops its line from reports still being written for
    /// periods whose cut-off is on or after that day; submitted reports and earlier periods keep theirs.
    /// </summary>
    public async Task<IActionResult> OnPostEndAsync(int id, bool confirm, CancellationToken ct)
    {
        ModelState.Clear();
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Input = new InputModel { Role = Assignment.Role, DueOn = Assignment.DueOn };
        if (!confirm)
        {
            ModelState.AddModelError(EndField, l["Tick the box to confirm."]);
            return Page();
        }

        var before = Ending();
        try
        {
            Assignment.End(EndsOn);
        }
        catch (DomainException ex)
        {
            ModelState.AddModelError(EndField, l[ex.Code]);
            return Page();
        }

        AuditTrail.Add(db, User.ToActor(), clock.GetUtcNow().UtcDateTime, "assignment.end", nameof(Assignment), Id(id), before, Ending());
        await db.SaveChangesAsync(ct);
        TempData["StatusMessage"] = l["Task {0} is no longer assigned to {1} from {2}.", Assignment.Task!.Number, Assignment.Agency!.Name, LocalizerExtensions.Day(EndsOn)].Value;
        return BackToList();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var assignment = await db.Assignments.Include(a => a.Task).Include(a => a.Agency).ThenInclude(a => a!.Unit).SingleOrDefaultAsync(a => a.Id == id, ct);
        if (assignment is null)
        {
            return false;
        }

        Assignment = assignment;
        var today = Hanoi.Today(clock);
        EndsOn = assignment.StartsOn > today ? assignment.StartsOn : today;
        return true;
    }

    private RedirectToPageResult BackToList() => RedirectToPage("Index", new { task = Assignment.TaskId });

    private State Snapshot() => new(Assignment.Role.ToString(), Assignment.DueOn);

    private Ended Ending() => new(Assignment.Task!.Number, Assignment.Agency!.Code, Assignment.Role.ToString(), Assignment.StartsOn, Assignment.EndedOn);

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    private sealed record State(string Role, DateOnly? DueOn);

    private sealed record Ended(string TaskNumber, string AgencyCode, string Role, DateOnly StartsOn, DateOnly? EndedOn);

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Choose the role.")]
        [Display(Name = "Role")]
        public AssignmentRole? Role { get; set; }

        [Display(Name = "Due date")]
        public DateOnly? DueOn { get; set; }
    }
}
