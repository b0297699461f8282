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

/// <summary>Adds a directive whose implementation the portal tracks; its tasks are added from its edit page.</summary>
public sealed class CreateModel(DanVanDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> l) : PageModel
{
    [BindProperty]
    public DirectiveForm.InputModel Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        Directive directive;
        try
        {
            directive = Directive.Create(Input.Code, Input.Title, Input.IssuingBody, Input.IssuedOn!.Value, DirectiveForm.Lines(Input.Summary), DirectiveForm.Lines(Input.FullText)!);
        }
        catch (DomainException ex)
        {
            ModelState.AddModelError(DirectiveForm.FieldOf(ex.Code), l[ex.Code]);
            return Page();
        }

        if (await ExistsAsync(directive.Code, ct) || !await TryCreateAsync(directive, ct))
        {
            ModelState.AddModelError("Input.Code", l["A directive with this code already exists."]);
            return Page();
        }

        TempData["StatusMessage"] = l["The directive {0} has been created.", directive.Code].Value;
        return RedirectToPage("Edit", new { id = directive.Id });
    }

    private Task<bool> ExistsAsync(string code, CancellationToken ct) => db.Directives.AnyAsync(d => d.Code == code, ct);

    /// <summary>Saves the directive, then its "directive.create" audit entry under the id the database gave it, in one transaction.</summary>
    private async Task<bool> TryCreateAsync(Directive directive, CancellationToken ct)
    {
        var actor = User.ToActor();
        var now = clock.GetUtcNow().UtcDateTime;
        try
        {
            await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                db.Directives.Add(directive);
                await db.SaveChangesAsync(ct);
                AuditTrail.Add(db, actor, now, "directive.create", nameof(Directive), directive.Id.ToString(CultureInfo.InvariantCulture), null, DirectiveForm.Snapshot(directive));
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
            });
            return true;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            if (await ExistsAsync(directive.Code, ct))
            {
                return false;
            }

            throw;
        }
    }
}
