using DanVan.Domain;
using DanVan.Domain.Organization;
using DanVan.Web.Authorization;
using DanVan.Web.Dashboard;
using DanVan.Web.Exports;
using DanVan.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Net.Http.Headers;

namespace DanVan.Web.Pages.Dashboard;

/// <summary>
/// The dashboard's tables as an Excel workbook, for the same URL parameters as the dashboard and within the same scope:
/// a unit or agency outside it is not found. Built within the <see cref="ExportGate"/>.
/// </summary>
public sealed class ExportModel(DashboardQueries queries, DashboardFigureLoader figures, ExportGate gate, TimeProvider clock, IStringLocalizer<SharedResource> l, ILogger<ExportModel> logger) : PageModel
{
    private static readonly EventId DashboardExported = new(4001, nameof(DashboardExported));

    public async Task<IActionResult> OnGetAsync(int? directive, int? period, int? unit, int? agency, UnitLevel? level, AgencyKind? kind, string? sort, string? dir, CancellationToken ct)
    {
        var filter = new DashboardFilter(directive, period, unit, agency, level, kind);
        var view = await queries.ResolveAsync(User.GetScope(), filter, Hanoi.Today(clock), ct);
        if (view is null)
        {
            return NotFound();
        }

        byte[] workbook;
        using (await gate.EnterAsync(ct))
        {
            workbook = await new DashboardWorkbook(figures, l).BuildAsync(view, sort, dir == "desc", clock.GetUtcNow().UtcDateTime, ct);
        }

        var (ascii, unicode) = DashboardExportName.For(view, "xlsx");
        logger.LogInformation(DashboardExported, "{UserName} exported the dashboard of unit {UnitId}, agency {AgencyId}, period {PeriodId} as {FileName}", User.Identity?.Name, view.Unit.Id, view.Agency?.Id, view.Period.Id, ascii);
        Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = ascii, FileNameStar = unicode }.ToString();
        Response.Headers.XContentTypeOptions = "nosniff";
        Response.Headers.CacheControl = "private, no-store";
        return File(workbook, SpreadsheetWriter.ContentType);
    }
}
