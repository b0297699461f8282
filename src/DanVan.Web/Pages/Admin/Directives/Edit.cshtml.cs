using System.Globalization;
using DanVan.Data;
using DanVan.Domain;
using DanVan.Domain.Directives;
using DanVan.Web.Authorization;
using DanVan.Web.Localization;
using DanVan.Web.Paging;
using DanVan.Web.Reporting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DanVan.Web.Pages.Admin.Directives;

/// <summary>Corrects a directive's code, title, issuer, date, summary and text, and lists its tasks to edit or assign.</summary>
public sealed class EditModel(DanVanDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public DirectiveForm.InputModel Input { get; set; } = new();

    public Directive Directive { get; private set; } = null!;

    public PagedList<TaskRow> Tasks { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, int? p, CancellationToken ct)
    {
        if (!await LoadAsync(id, p, ct))
        {
            return NotFound();
        }

        Input = DirectiveForm.InputModel.From(Directive);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, null, ct))
        {
            return NotFound();
        }

        if (ModelState.IsValid && await db.Directives.AnyAsync(d => d.Id != id && d.Code == Input.Code.Trim().Normalize(), ct))
        {
            ModelState.AddModelError("Input.Code", l["A directive with this code already exists."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var before = DirectiveForm.Snapshot(Directive);
        try
        {
            Directive.Update(Input.Code, Input.Title, Input.IssuingBody, Input.IssuedOn!.Value, DirectiveForm.Lines(Input.Summary), DirectiveForm.Lines(Input.FullText)!);
        }
        catch (DomainException ex)
        {
            ModelState.AddModelError(DirectiveForm.FieldOf(ex.Code), l[ex.Code]);
            return Page();
        }

        var after = DirectiveForm.Snapshot(Directive);
        if (after.Equals(before))
        {
            TempData["StatusMessage"] = l["Nothing was changed."].Value;
            return RedirectToPage("Index");
        }

        AuditTrail.Add(db, User.ToActor(), clock.GetUtcNow().UtcDateTime, "directive.update", nameof(Directive), Directive.Id.ToString(CultureInfo.InvariantCulture), before, after);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            ModelState.AddModelError("Input.Code", l["A directive with this code already exists."]);
            return Page();
        }

        TempData["StatusMessage"] = l["The directive {0} has been saved.", Directive.Code].Value;
        return RedirectToPage("Index");
    }

    private async Task<bool> LoadAsync(int id, int? page, CancellationToken ct)
    {
        var directive = await db.Directives.SingleOrDefaultAsync(d => d.Id == id, ct);
        if (directive is null)
        {
            return false;
        }

        Directive = directive;
        Tasks = await PagedList<TaskRow>.CreateAsync(
            db.DirectiveTasks.AsNoTracking().Where(t => t.DirectiveId == id).OrderBy(t => t.SortOrder).ThenBy(t => t.Id)
                .Select(t => new TaskRow(t.Id, t.Number, t.Title, t.Addressee, t.DueOn, t.Indicators.Count)),
            page,
            cancellationToken: ct);
        return true;
    }

    public sealed record TaskRow(int Id, string Number, string Title, TaskAddressee Addressee, DateOnly? DueOn, int IndicatorCount);
}
