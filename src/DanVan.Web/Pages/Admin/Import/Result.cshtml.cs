using DanVan.Domain.Importing;
using DanVan.Web.Authorization;
using DanVan.Web.Exports;
using DanVan.Web.Importing;
using DanVan.Web.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace DanVan.Web.Pages.Admin.Import;

/// <summary>What an import created, and the one download of the one-time passwords of the accounts it created.</summary>
public sealed class ResultModel(
    ImportStaging staging,
    ImportPasswords passwords,
    UserManager<Data.Identity.ApplicationUser> users,
    TimeProvider clock,
    IStringLocalizer<SharedResource> l) : PageModel
{
    public ImportBatch Batch { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await staging.FindAsync(id, users.GetUserId(User)!, ct) is not { } batch)
        {
            return NotFound();
        }

        if (batch.ImportedAtUtc is null)
        {
            return RedirectToPage("Preview", new { id });
        }

        Batch = batch;
        return Page();
    }

    public async Task<IActionResult> OnPostPasswordsAsync(Guid id, CancellationToken ct)
    {
        if (await staging.FindAsync(id, users.GetUserId(User)!, ct) is not { ImportedAtUtc: not null } batch)
        {
            return NotFound();
        }

        var headers = new[] { l["E-mail address"].Value, l["Full name"].Value, l["Temporary password"].Value };
        if (await passwords.TakeAsync(batch, User.ToActor(), headers, ct) is not { } workbook)
        {
            ModelState.AddModelError(string.Empty, l["The password list has already been downloaded; it is no longer kept. Reset a user's password on their page if it was lost."]);
            Batch = batch;
            return Page();
        }

        var day = Domain.Hanoi.ToLocal(clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return File(workbook, SpreadsheetWriter.ContentType, $"danvan-mat-khau-tam-{day}.xlsx");
    }
}
