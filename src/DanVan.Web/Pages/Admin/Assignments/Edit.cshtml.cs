using System.ComponentModel.DataAnnotations;
using System.Globalization;
using DanVan.Data;
using DanVan.Domain.Organization;
using DanVan.Web.Authorization;
using DanVan.Web.Localization;
using DanVan.Web.Reporting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DanVan.Web.Pages.Admin.Assignments;

/// <summary>Changes one assignment's role and due date, or removes it after a confirmation unless filed reports refer to it.</summary>
public sealed class EditModel(DanVanDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public Assignment Assignment { get; private set; } = null!;

    /// <summary>Whether submitted reports refer to the assignment, which then cannot be removed (a draft's line for it is removed with it).</summary>
    public bool IsReported { get; private set; }

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

    public async Task<IActionResult> OnPostRemoveAsync(int id, bool confirm, CancellationToken ct)
    {
        ModelState.Clear();
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Input = new InputModel { Role = Assignment.Role, DueOn = Assignment.DueOn };
        if (IsReported)
        {
            ModelState.AddModelError("confirm-remove", l["Reports already filed refer to this assignment, so it cannot be removed; their lines must be kept."]);
        }
        else if (!confirm)
        {
            ModelState.AddModelError("confirm-remove", l["Tick the box to confirm."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var before = new { TaskNumber = Assignment.Task!.Number, AgencyCode = Assignment.Agency!.Code, Role = Assignment.Role.ToString(), Assignment.DueOn };
        db.ReportLines.RemoveRange(await db.ReportLines.Where(line => line.AssignmentId == id).ToListAsync(ct));
        db.Assignments.Remove(Assignment);
        AuditTrail.Add(db, User.ToActor(), clock.GetUtcNow().UtcDateTime, "assignment.remove", nameof(Assignment), Id(id), before, null);
        await db.SaveChangesAsync(ct);
        TempData["StatusMessage"] = l["Task {0} is no longer assigned to {1}.", Assignment.Task.Number, Assignment.Agency.Name].Value;
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
        IsReported = await db.ReportLines.AnyAsync(line => line.AssignmentId == id && line.Report!.Version >= 1, ct);
        return true;
    }

    private RedirectToPageResult BackToList() => RedirectToPage("Index", new { task = Assignment.TaskId });

    private State Snapshot() => new(Assignment.Role.ToString(), Assignment.DueOn);

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    private sealed record State(string Role, DateOnly? DueOn);

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Choose the role.")]
        [Display(Name = "Role")]
        public AssignmentRole? Role { get; set; }

        [Display(Name = "Due date")]
        public DateOnly? DueOn { get; set; }
    }
}
