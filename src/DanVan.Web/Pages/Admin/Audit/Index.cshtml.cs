using System.Globalization;
using DanVan.Data;
using DanVan.Domain;
using DanVan.Web.Auditing;
using DanVan.Web.Exports;
using DanVan.Web.Localization;
using DanVan.Web.Pages.Admin.Users;
using DanVan.Web.Paging;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Net.Http.Headers;

namespace DanVan.Web.Pages.Admin.Audit;

/// <summary>The audit trail: filtered by user, agency, record type, action and Hanoi days, newest first, a page at a time; or as .xlsx.</summary>
public sealed class IndexModel(DanVanDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> l, ILogger<IndexModel> logger) : PageModel
{
    private static readonly EventId AuditExported = new(4101, nameof(AuditExported));

    public AuditFilter Filter { get; private set; } = new();

    public PagedList<AuditRow> Entries { get; private set; } = null!;

    public IReadOnlyList<SelectListItem> Agencies { get; private set; } = [];

    public async Task OnGetAsync([FromQuery] AuditFilter filter, int? p, CancellationToken ct)
    {
        Filter = filter.Normalized();
        Response.Headers.CacheControl = "no-store";
        Agencies = await AgencyChoices.LoadAsync(db, Filter.Agency, ct);
        var page = await PagedList<Domain.Auditing.AuditEntry>.CreateAsync(await AuditQueries.FilterAsync(db, Filter, ct), p, cancellationToken: ct);
        Entries = page.Map(e => AuditRow.Of(e, l));
    }

    public async Task<IActionResult> OnGetExportAsync([FromQuery] AuditFilter filter, CancellationToken ct)
    {
        Filter = filter.Normalized();
        var agencyName = Filter.Agency is { } id
            ? await db.Agencies.Where(a => a.Id == id).Select(a => a.Name).SingleOrDefaultAsync(ct) ?? l["Unknown agency ({0})", id].Value
            : null;
        var now = clock.GetUtcNow().UtcDateTime;
        var workbook = await new AuditWorkbook(db, l).BuildAsync(Filter, agencyName, now, ct);
        var day = Hanoi.ToLocal(now).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var ascii = $"danvan-audit-{day}.xlsx";
        logger.LogInformation(AuditExported, "{UserName} exported the audit trail as {FileName}", User.Identity?.Name, ascii);
        Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = ascii, FileNameStar = $"danvan-nhật-ký-{day}.xlsx" }.ToString();
        Response.Headers.XContentTypeOptions = "nosniff";
        Response.Headers.CacheControl = "private, no-store";
        return File(workbook, SpreadsheetWriter.ContentType);
    }
}
