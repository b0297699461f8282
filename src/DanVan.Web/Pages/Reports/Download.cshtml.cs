using DanVan.Data;
using DanVan.Domain.Reporting;
using DanVan.Web.Authorization;
using DanVan.Web.Reporting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Pages.Reports;

/// <summary>
/// Sends an evidence file, always as a download under its original name, to those who may read its report; a missing id is
/// 404 and a report outside the user's scope 403, never bytes.
/// </summary>
public sealed class DownloadModel(DanVanDbContext db, IAuthorizationService authorization, EvidenceStore store, ILogger<DownloadModel> logger) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var report = await db.Reports.AsNoTracking().WithContent().SingleOrDefaultAsync(r => r.Attachments.Any(a => a.Id == id), ct);
        if (report is null)
        {
            return NotFound();
        }

        if (!(await authorization.AuthorizeAsync(User, report, Operations.Read)).Succeeded)
        {
            return Forbid();
        }

        var attachment = report.Attachments.Single(a => a.Id == id);
        Stream content;
        try
        {
            content = store.OpenRead(attachment.StoredName);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            logger.LogError(ex, "The stored file {StoredName} of attachment {AttachmentId} is missing", attachment.StoredName, id);
            return NotFound();
        }

        Response.Headers.XContentTypeOptions = "nosniff";
        Response.Headers.CacheControl = "private, no-store";
        return File(content, EvidenceFile.ContentType(attachment.Type), attachment.FileName);
    }
}
