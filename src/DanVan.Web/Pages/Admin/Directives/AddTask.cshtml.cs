using System.Globalization;
using DanVan.Data;
using DanVan.Domain;
using DanVan.Domain.Directives;
using DanVan.Web.Authorization;
using DanVan.Web.Localization;
using DanVan.Web.Reporting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DanVan.Web.Pages.Admin.Directives;

/// <summary>Adds a task to a directive, under a number not yet used in it.</summary>
public sealed class AddTaskModel(DanVanDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public TaskForm.NewInputModel Input { get; set; } = new();

    public Directive Directive { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

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

        DirectiveTask task;
        try
        {
            task = Directive.AddTask(Input.Number, Input.Title, DirectiveForm.Lines(Input.Wording)!, Input.Addressee!.Value, Input.DueOn);
        }
        catch (DomainException ex)
        {
            ModelState.AddModelError(TaskForm.FieldOf(ex.Code), l[ex.Code]);
            return Page();
        }

        if (!await TrySaveAsync(task, ct))
        {
            ModelState.AddModelError("Input.Number", l["task.numberTaken"]);
            return Page();
        }

        TempData["StatusMessage"] = l["Task {0} has been added.", task.Number].Value;
        return RedirectToPage("Edit", new { id });
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var directive = await db.Directives.Include(d => d.Tasks).SingleOrDefaultAsync(d => d.Id == id, ct);
        if (directive is null)
        {
            return false;
        }

        Directive = directive;
        return true;
    }

    /// <summary>Saves the task, then its "task.create" audit entry under its new id, in one transaction; false when its number was taken meanwhile.</summary>
    private async Task<bool> TrySaveAsync(DirectiveTask task, CancellationToken ct)
    {
        var actor = User.ToActor();
        var now = clock.GetUtcNow().UtcDateTime;
        try
        {
            await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                await db.SaveChangesAsync(ct);
                AuditTrail.Add(db, actor, now, "task.create", nameof(DirectiveTask), task.Id.ToString(CultureInfo.InvariantCulture), null, TaskForm.Snapshot(task));
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
            });
            return true;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            if (await db.DirectiveTasks.AnyAsync(t => t.DirectiveId == Directive.Id && t.Number == task.Number, ct))
            {
                return false;
            }

            throw;
        }
    }
}
