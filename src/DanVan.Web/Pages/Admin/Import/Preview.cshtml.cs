using DanVan.Domain;
using DanVan.Domain.Importing;
using DanVan.Web.Authorization;
using DanVan.Web.Importing;
using DanVan.Web.Localization;
using DanVan.Web.Paging;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DanVan.Web.Pages.Admin.Import;

/// <summary>
/// The dry run of an uploaded file: every row's problems with its row number, or the rows that would be created, paged;
/// then the confirmed import (POST), all or nothing, checked again in its transaction.
/// </summary>
public sealed class PreviewModel(
    ImportStaging staging,
    BulkImporter importer,
    UserManager<Data.Identity.ApplicationUser> users,
    TimeProvider clock,
    IStringLocalizer<SharedResource> l,
    ILogger<PreviewModel> logger) : PageModel
{
    public const int PageSize = 50;

    private static readonly EventId Imported = new(2102, nameof(Imported));

    public ImportBatch Batch { get; private set; } = null!;

    public ImportCheck Check { get; private set; } = null!;

    public PagedList<ImportProblem> Problems { get; private set; } = null!;

    public PagedList<IReadOnlyList<string>> Rows { get; private set; } = null!;

    public bool Expired => Batch.IsExpiredAt(clock.GetUtcNow().UtcDateTime);

    public async Task<IActionResult> OnGetAsync(Guid id, int? p, CancellationToken ct)
    {
        if (await staging.FindAsync(id, users.GetUserId(User)!, ct) is not { } batch)
        {
            return NotFound();
        }

        return batch.ImportedAtUtc is not null ? RedirectToPage("Result", new { id }) : Show(batch, await importer.CheckAsync(batch, ct), p);
    }

    public async Task<IActionResult> OnPostAsync(Guid id, bool confirm, CancellationToken ct)
    {
        if (await staging.FindAsync(id, users.GetUserId(User)!, ct) is not { } batch)
        {
            return NotFound();
        }

        if (batch.ImportedAtUtc is not null)
        {
            return RedirectToPage("Result", new { id });
        }

        if (!confirm)
        {
            ModelState.AddModelError("confirm", l["Tick the box to confirm."]);
            return Show(batch, await importer.CheckAsync(batch, ct), null);
        }

        ImportCheck check;
        try
        {
            check = await importer.ImportAsync(batch, User.ToActor(), ct);
        }
        catch (Exception ex) when (ex is DomainException or DbUpdateException)
        {
            ModelState.AddModelError(string.Empty, l[ex is DomainException domain ? domain.Code : "The import could not be saved because the data changed at the same time. Nothing was created; check the file again."]);
            var reloaded = await staging.FindAsync(id, users.GetUserId(User)!, ct) ?? batch;
            return reloaded.ImportedAtUtc is not null ? RedirectToPage("Result", new { id }) : Show(reloaded, await importer.CheckAsync(reloaded, ct), null);
        }

        if (!check.IsClean)
        {
            ModelState.AddModelError(string.Empty, l["The portal changed since the dry run: nothing was created. Correct the rows below and upload the file again."]);
            return Show(batch, check, null);
        }

        logger.LogInformation(Imported, "Administrator {Admin} imported {Count} {Kind} from {FileName} ({Batch})", User.Identity?.Name, check.RowCount, batch.Kind, batch.FileName, batch.Id);
        TempData["StatusMessage"] = l["{0} records have been created from {1}.", check.RowCount, batch.FileName].Value;
        return RedirectToPage("Result", new { id });
    }

    private PageResult Show(ImportBatch batch, ImportCheck check, int? page)
    {
        Batch = batch;
        Check = check;
        Problems = PagedList<ImportProblem>.Of(check.Problems, page, PageSize);
        Rows = PagedList<IReadOnlyList<string>>.Of(RowsOf(check), page, PageSize);
        return Page();
    }

    private static List<IReadOnlyList<string>> RowsOf(ImportCheck check) => check.Kind switch
    {
        ImportKind.Users => check.Users.Select(u => (IReadOnlyList<string>)[Row(u.Row), u.Email, u.FullName, u.Role, u.AgencyCode]).ToList(),
        ImportKind.Units => check.Units.Select(u => (IReadOnlyList<string>)[Row(u.Row), u.Code, u.Name, u.Level.ToString(), u.ParentCode, LocalizerExtensions.Day(u.ValidFrom)]).ToList(),
        _ => check.Agencies.Select(a => (IReadOnlyList<string>)[Row(a.Row), a.Code, a.Name, a.Kind.ToString(), a.UnitCode, a.HeadName ?? string.Empty]).ToList(),
    };

    private static string Row(int number) => number.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
