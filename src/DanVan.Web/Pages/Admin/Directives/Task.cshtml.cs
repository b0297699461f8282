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

/// <summary>Edits a task's title, wording, addressee and due date, and maintains its indicators (each form binds only its own fields).</summary>
public sealed class TaskModel(DanVanDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    public TaskForm.InputModel Input { get; private set; } = new();

    public IndicatorForm.InputModel NewIndicator { get; private set; } = new();

    /// <summary>The indicator whose inline form was posted and refused, shown again with what was typed.</summary>
    public int? EditingId { get; private set; }

    public IndicatorForm.InputModel Edit { get; private set; } = new();

    public DirectiveTask Task { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int id, [Bind(Prefix = nameof(Input))] TaskForm.InputModel input, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Input = input;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var before = TaskForm.Snapshot(Task);
        try
        {
            Task.Update(input.Title, DirectiveForm.Lines(input.Wording)!, input.Addressee!.Value, input.DueOn);
        }
        catch (DomainException ex)
        {
            ModelState.AddModelError(TaskForm.FieldOf(ex.Code), l[ex.Code]);
            return Page();
        }

        var after = TaskForm.Snapshot(Task);
        return await SaveAsync(after.Equals(before) ? null : ("task.update", nameof(DirectiveTask), Task.Id, before, after), l["Task {0} has been saved.", Task.Number], ct);
    }

    public async Task<IActionResult> OnPostIndicatorAsync(int id, int indicatorId, [Bind(Prefix = nameof(Edit))] IndicatorForm.InputModel edit, CancellationToken ct)
    {
        var indicator = await LoadAsync(id, ct) ? Task.Indicators.SingleOrDefault(i => i.Id == indicatorId) : null;
        if (indicator is null)
        {
            return NotFound();
        }

        (EditingId, Edit) = (indicatorId, edit);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var before = IndicatorForm.Snapshot(indicator);
        try
        {
            indicator.Update(edit.Name, edit.Unit, edit.HigherIsBetter);
            if (Task.Indicators.Any(i => i.Id != indicatorId && i.Name == indicator.Name))
            {
                throw new DomainException("indicator.nameTaken");
            }
        }
        catch (DomainException ex)
        {
            ModelState.AddModelError($"{nameof(Edit)}.{IndicatorForm.FieldOf(ex.Code)}", l[ex.Code]);
            return Page();
        }

        var after = IndicatorForm.Snapshot(indicator);
        return await SaveAsync(after.Equals(before) ? null : ("indicator.update", nameof(Indicator), indicator.Id, before, after), l["The indicator {0} has been saved.", indicator.Name], ct);
    }

    public async Task<IActionResult> OnPostAddIndicatorAsync(int id, [Bind(Prefix = nameof(NewIndicator))] IndicatorForm.InputModel newIndicator, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        NewIndicator = newIndicator;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        Indicator indicator;
        try
        {
            indicator = Task.AddIndicator(newIndicator.Name, newIndicator.Unit, newIndicator.HigherIsBetter, isExample: false);
        }
        catch (DomainException ex)
        {
            ModelState.AddModelError($"{nameof(NewIndicator)}.{IndicatorForm.FieldOf(ex.Code)}", l[ex.Code]);
            return Page();
        }

        var actor = User.ToActor();
        var now = clock.GetUtcNow().UtcDateTime;
        try
        {
            await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                await db.SaveChangesAsync(ct);
                AuditTrail.Add(db, actor, now, "indicator.create", nameof(Indicator), indicator.Id.ToString(CultureInfo.InvariantCulture), null, IndicatorForm.Snapshot(indicator));
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
            });
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            if (!await db.Indicators.AnyAsync(i => i.TaskId == id && i.Name == indicator.Name, ct))
            {
                throw;
            }

            await LoadAsync(id, ct);
            ModelState.AddModelError($"{nameof(NewIndicator)}.{nameof(NewIndicator.Name)}", l["indicator.nameTaken"]);
            return Page();
        }

        TempData["StatusMessage"] = l["The indicator {0} has been added.", indicator.Name].Value;
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var task = await db.DirectiveTasks.Include(t => t.Directive).Include(t => t.Indicators).SingleOrDefaultAsync(t => t.Id == id, ct);
        if (task is null)
        {
            return false;
        }

        Task = task;
        Input = TaskForm.InputModel.From(task);
        return true;
    }

    /// <summary>The inline form of an indicator: its stored values, or what was typed and refused with the messages.</summary>
    public IndicatorEditForm EditFormFor(Indicator indicator)
    {
        if (EditingId != indicator.Id)
        {
            return new(indicator, IndicatorForm.InputModel.From(indicator), null, null, null);
        }

        string? Error(string field) => ModelState[$"{nameof(Edit)}.{field}"]?.Errors.FirstOrDefault()?.ErrorMessage;
        return new(indicator, Edit, Error(nameof(Edit.Name)), Error(nameof(Edit.Unit)), Error(nameof(Edit.HigherIsBetter)));
    }

    /// <summary>Saves a change with its audit entry (none when nothing changed) and returns to the task.</summary>
    private async Task<IActionResult> SaveAsync((string Action, string EntityType, int Id, object Before, object After)? change, string saved, CancellationToken ct)
    {
        if (change is { } c)
        {
            AuditTrail.Add(db, User.ToActor(), clock.GetUtcNow().UtcDateTime, c.Action, c.EntityType, c.Id.ToString(CultureInfo.InvariantCulture), c.Before, c.After);
            await db.SaveChangesAsync(ct);
        }

        TempData["StatusMessage"] = change is null ? l["Nothing was changed."].Value : saved;
        return RedirectToPage(new { id = Task.Id });
    }

    public sealed record IndicatorEditForm(Indicator Indicator, IndicatorForm.InputModel Values, string? NameError, string? UnitError, string? HigherIsBetterError);
}
