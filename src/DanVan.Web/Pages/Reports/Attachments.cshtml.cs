using System.Globalization;
using DanVan.Data;
using DanVan.Domain;
using DanVan.Domain.Reporting;
using DanVan.Web.Authorization;
using DanVan.Web.Localization;
using DanVan.Web.Paging;
using DanVan.Web.Reporting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace DanVan.Web.Pages.Reports;

/// <summary>
/// The evidence files of a report. Whoever may read the report sees and downloads them; while the report is editable its
/// agency's head and staff upload files (type decided by the content, sizes by the domain) and delete them after confirming.
/// </summary>
[OversizedUpload]
public sealed class AttachmentsModel(
    DanVanDbContext db,
    IAuthorizationService authorization,
    EvidenceStore store,
    IOptions<EvidenceOptions> evidence,
    TimeProvider clock,
    IStringLocalizer<SharedResource> l,
    ILogger<AttachmentsModel> logger) : PageModel
{
    public const string FileField = "file";

    private const string Conflict = "The change could not be saved because the data changed at the same time. Reload the page and try again.";
    private static readonly EventId AttachmentChanged = new(3101, nameof(AttachmentChanged));

    public ProgressReport Report { get; private set; } = null!;

    public PagedList<FileRow> Files { get; private set; } = null!;

    /// <summary>Whether the upload form and the delete buttons are offered: the report is editable and the user may edit it.</summary>
    public bool CanEdit { get; private set; }

    public AttachmentLimits Limits => evidence.Value.Limits;

    public long UsedBytes { get; private set; }

    /// <summary>The line chosen in the upload form, kept when the upload is refused.</summary>
    public int? LineId { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, int? p, CancellationToken ct)
    {
        if (await LoadAsync(id, Operations.Read, ct) is { } refused)
        {
            return refused;
        }

        return TempData[OversizedUploadAttribute.TempDataKey] is true ? await RefuseAsync(FileField, "attachment.tooLarge", ct) : await ShowAsync(p, ct);
    }

    public async Task<IActionResult> OnPostUploadAsync(int id, IFormFile? file, int? lineId, CancellationToken ct)
    {
        if (await LoadAsync(id, Operations.Edit, ct) is { } refused)
        {
            return refused;
        }

        LineId = lineId;
        var line = Report.Lines.FirstOrDefault(x => x.Id == lineId);
        var problem = !Report.IsEditable ? "report.notEditable"
            : lineId is not null && line is null ? "report.foreignLine"
            : file is null ? "Choose a file to upload."
            : file.Length == 0 ? "attachment.empty"
            : null;
        if (problem is not null)
        {
            return await RefuseAsync(FileField, problem, ct);
        }

        await using var content = new FileStream(
            Path.Combine(Path.GetTempPath(), Path.GetRandomFileName()), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        await file!.CopyToAsync(content, ct);
        if (EvidenceFile.Detect(content) is not { } type)
        {
            return await RefuseAsync(FileField, "Only PDF, Word (DOCX), Excel (XLSX), JPEG and PNG files are accepted; the content of this file is none of them.", ct);
        }

        var (actor, now) = (User.ToActor(), clock.GetUtcNow().UtcDateTime);
        Attachment attachment;
        try
        {
            attachment = Report.AddAttachment(line, file.FileName, type, content.Length, Limits, actor, now);
        }
        catch (DomainException ex)
        {
            return await RefuseAsync(FileField, ex.Code, ct);
        }

        AuditTrail.Add(db, actor, now, "attachment.add", nameof(ProgressReport), ReportKey, null, Describe(attachment));
        if (!await StoreAndSaveAsync(attachment, content, ct))
        {
            return await RefuseAsync(FileField, Conflict, ct);
        }

        logger.LogInformation(AttachmentChanged, "{UserName} attached {StoredName} ({Bytes} bytes) to report {ReportId}", User.Identity?.Name, attachment.StoredName, attachment.SizeBytes, id);
        TempData["StatusMessage"] = l["The file {0} has been attached.", attachment.FileName].Value;
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, int attachmentId, bool confirm, CancellationToken ct)
    {
        if (await LoadAsync(id, Operations.Edit, ct) is { } refused)
        {
            return refused;
        }

        if (Report.Attachments.FirstOrDefault(a => a.Id == attachmentId) is not { } attachment)
        {
            return NotFound();
        }

        if (Report.IsEditable && !confirm)
        {
            return await RefuseAsync(ConfirmKey(attachmentId), "Tick the box to confirm.", ct);
        }

        try
        {
            Report.RemoveAttachment(attachment);
            AuditTrail.Add(db, User.ToActor(), clock.GetUtcNow().UtcDateTime, "attachment.remove", nameof(ProgressReport), ReportKey, Describe(attachment), null);
            await db.SaveChangesAsync(ct);
        }
        catch (DomainException ex)
        {
            return await RefuseAsync(string.Empty, ex.Code, ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await RefuseAsync(string.Empty, Conflict, ct);
        }

        DeleteStoredFile(attachment.StoredName);
        logger.LogInformation(AttachmentChanged, "{UserName} removed {StoredName} from report {ReportId}", User.Identity?.Name, attachment.StoredName, id);
        TempData["StatusMessage"] = l["The file {0} has been deleted.", attachment.FileName].Value;
        return RedirectToPage(new { id });
    }

    /// <summary>Whether the user may delete the file: the report is being written and the file was not submitted with it.</summary>
    public bool CanDelete(FileRow file) => CanEdit && !Report.KeepsEvidenceUploadedAt(file.UploadedAtUtc);

    public static string ConfirmKey(int attachmentId) => $"confirm-{attachmentId.ToString(CultureInfo.InvariantCulture)}";

    private string ReportKey => Report.Id.ToString(CultureInfo.InvariantCulture);

    private static object Describe(Attachment attachment) =>
        new { attachment.FileName, attachment.SizeBytes, Type = attachment.Type.ToString(), Line = attachment.Line?.Assignment?.Task?.Number };

    private async Task<IActionResult?> LoadAsync(int id, OperationAuthorizationRequirement operation, CancellationToken ct)
    {
        var report = await db.Reports.WithContent().SingleOrDefaultAsync(r => r.Id == id, ct);
        if (report is null)
        {
            return NotFound();
        }

        if (!(await authorization.AuthorizeAsync(User, report, operation)).Succeeded)
        {
            return Forbid();
        }

        Report = report;
        UsedBytes = report.Attachments.Sum(a => a.SizeBytes);
        CanEdit = report.IsEditable && (operation == Operations.Edit || (await authorization.AuthorizeAsync(User, report, Operations.Edit)).Succeeded);
        return null;
    }

    private Task<IActionResult> RefuseAsync(string key, string message, CancellationToken ct)
    {
        ModelState.AddModelError(key, l[message]);
        return ShowAsync(null, ct);
    }

    private async Task<IActionResult> ShowAsync(int? p, CancellationToken ct)
    {
        Files = await PagedList<FileRow>.CreateAsync(
            db.Attachments.AsNoTracking().Where(a => a.ReportId == Report.Id).OrderBy(a => a.Id)
                .Select(a => new FileRow(a.Id, a.FileName, a.LineId, a.SizeBytes, a.UploadedByName, a.UploadedAtUtc)),
            p,
            cancellationToken: ct);
        return Page();
    }

    /// <summary>Stores the content, then saves the row; when either fails, neither is left behind.</summary>
    private async Task<bool> StoreAndSaveAsync(Attachment attachment, Stream content, CancellationToken ct)
    {
        try
        {
            await store.SaveAsync(attachment.StoredName, content, ct);
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            DeleteStoredFile(attachment.StoredName);
            return false;
        }
        catch
        {
            DeleteStoredFile(attachment.StoredName);
            throw;
        }
    }

    private void DeleteStoredFile(string storedName)
    {
        try
        {
            store.Delete(storedName);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            logger.LogWarning(ex, "Could not delete the stored evidence file {StoredName}", storedName);
        }
    }

    public sealed record FileRow(int Id, string FileName, int? LineId, long SizeBytes, string UploadedByName, DateTime UploadedAtUtc);
}
