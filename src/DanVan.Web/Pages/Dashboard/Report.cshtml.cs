using System.ComponentModel.DataAnnotations;
using DanVan.Data;
using DanVan.Domain;
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
/// The consolidated report of a directive for a period and a unit, as a Word document issued in the name of an agency
/// whose kind decides the format. GET shows the form; GET with handler=Download sends the file (reading only, so a GET:
/// the URL can be bookmarked like the dashboard's). A unit or issuer outside what the user may choose is not found; an
/// unknown directive or period is a message on the form. The file is built within the <see cref="ExportGate"/>.
/// </summary>
public sealed class ReportModel(DanVanDbContext db, DashboardQueries queries, DashboardFigureLoader figures, ExportGate gate, TimeProvider clock, IStringLocalizer<SharedResource> l, ILogger<ReportModel> logger) : PageModel
{
    private static readonly EventId ReportExported = new(4101, nameof(ReportExported));

    [BindProperty(SupportsGet = true)]
    [Display(Name = "Directive")]
    public int? Directive { get; set; }

    [BindProperty(SupportsGet = true)]
    [Display(Name = "Period")]
    public int? Period { get; set; }

    [BindProperty(SupportsGet = true)]
    [Display(Name = "Unit")]
    public int? Unit { get; set; }

    [BindProperty(SupportsGet = true)]
    [Display(Name = "Issuing agency")]
    public int? Issuer { get; set; }

    public ReportChoices Choices { get; private set; } = null!;

    /// <summary>The format the chosen issuer's document takes, shown on the form.</summary>
    public ReportFormat? Format => Choices.Issuers.FirstOrDefault(i => i.Id == Issuer)?.Format;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnGetDownloadAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (await BuildAsync(ct) is not var (data, document))
        {
            return NotFound();
        }

        var (ascii, unicode) = ConsolidatedReportExport.FileNames(data);
        Response.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = ascii, FileNameStar = unicode }.ToString();
        Response.Headers.CacheControl = "private, no-store";
        logger.LogInformation(ReportExported, "{UserName} exported the consolidated report of unit {UnitId} for period {PeriodId} issued by agency {AgencyId}", User.Identity?.Name, Unit, Period, Issuer);
        return File(document, ConsolidatedReportDocument.ContentType);
    }

    /// <summary>The report's content and its document, gathered and built within the <see cref="ExportGate"/>; null when the view or issuer cannot be resolved.</summary>
    private async Task<(ConsolidatedReportData Data, byte[] Document)?> BuildAsync(CancellationToken ct)
    {
        using var slot = await gate.EnterAsync(ct);
        var export = new ConsolidatedReportExport(db, queries, figures);
        var data = await export.GatherAsync(User.GetScope(), Directive!.Value, Period!.Value, Unit!.Value, Issuer!.Value, Hanoi.Today(clock), ct);
        return data is null ? null : (data, ConsolidatedReportDocument.Build(data));
    }

    /// <summary>
    /// Loads the choices and fills what the request left out with their defaults. False when the unit or issuer is not
    /// among the choices (the page answers 404); an unknown directive or period becomes a message on the form.
    /// </summary>
    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var export = new ConsolidatedReportExport(db, queries, figures);
        Choices = await export.ChoicesAsync(User.GetScope(), User.GetAgencyId(), Hanoi.Today(clock), ct);
        Directive ??= Choices.DefaultDirective;
        Period ??= Choices.DefaultPeriod;
        Unit ??= Choices.DefaultUnit;
        Issuer ??= Choices.DefaultIssuer;
        if (!Choices.HasUnit(Unit.Value) || (Issuer is { } issuer && !Choices.Issuers.Any(i => i.Id == issuer)))
        {
            return false;
        }

        if (!Choices.Directives.Any(d => d.Id == Directive))
        {
            ModelState.AddModelError(nameof(Directive), l["Choose a directive from the list."]);
        }

        if (!Choices.Periods.Any(p => p.Id == Period))
        {
            ModelState.AddModelError(nameof(Period), l["Choose a period from the list."]);
        }

        if (Issuer is null)
        {
            ModelState.AddModelError(nameof(Issuer), l["Choose the issuing agency."]);
        }

        return true;
    }
}
