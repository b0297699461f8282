using System.ComponentModel.DataAnnotations;
using DanVan.Domain.Importing;
using DanVan.Web.Exports;
using DanVan.Web.Importing;
using DanVan.Web.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace DanVan.Web.Pages.Admin.Import;

/// <summary>The first step of a bulk import: the templates, and the upload that is read, kept and shown as a dry run (<see cref="PreviewModel"/>).</summary>
[Pages.Reports.OversizedUpload]
public sealed class IndexModel(ImportStaging staging, UserManager<Data.Identity.ApplicationUser> users, IStringLocalizer<SharedResource> l, ILogger<IndexModel> logger) : PageModel
{
    private static readonly EventId FileStaged = new(2101, nameof(FileStaged));

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public void OnGet()
    {
        if (TempData[Pages.Reports.OversizedUploadAttribute.TempDataKey] is true)
        {
            ModelState.AddModelError("File", l["import.tooLarge"]);
        }
    }

    public IActionResult OnGetTemplate(ImportKind? kind, string? format)
    {
        if (kind is not { } k || !Enum.IsDefined(k) || format is not ("xlsx" or "csv"))
        {
            return NotFound();
        }

        var xlsx = format == "xlsx";
        return File(xlsx ? ImportTemplates.Xlsx(k) : ImportTemplates.Csv(k), xlsx ? SpreadsheetWriter.ContentType : ImportTemplates.CsvContentType, ImportTemplates.FileName(k, xlsx));
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken ct)
    {
        if (Input.Kind is { } kind && !Enum.IsDefined(kind))
        {
            ModelState.AddModelError("Input.Kind", l["Choose what the file creates."]);
        }

        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("File", l["Choose a .xlsx or .csv file."]);
        }
        else if (Path.GetFileName(file.FileName).Length > ImportBatch.FileNameLength)
        {
            ModelState.AddModelError("File", l["The file name may have at most {0} characters.", ImportBatch.FileNameLength]);
        }

        if (!ModelState.IsValid || file is null)
        {
            return Page();
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        var bytes = buffer.ToArray();
        var (sheet, error) = ImportFileReader.Read(bytes, file.FileName);
        if (sheet is null)
        {
            ModelState.AddModelError("File", l[error!]);
            return Page();
        }

        var batch = await staging.StageAsync(Input.Kind!.Value, file.FileName, bytes, sheet, users.GetUserId(User)!, ct);
        logger.LogInformation(FileStaged, "Administrator {Admin} uploaded {FileName} ({Rows} rows) to import {Kind} as {Batch}", User.Identity?.Name, batch.FileName, batch.RowCount, batch.Kind, batch.Id);
        return RedirectToPage("Preview", new { id = batch.Id });
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Choose what the file creates.")]
        [Display(Name = "The file creates")]
        public ImportKind? Kind { get; set; }
    }
}
