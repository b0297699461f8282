using System.Globalization;
using System.Text;
using DanVan.Data;
using DanVan.Domain.Organization;
using DanVan.Domain.Reporting;
using DanVan.Web.Dashboard;
using DanVan.Web.Pages.Admin.Units;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Exports;

/// <summary>An agency that may issue the report, with the format its kind implies.</summary>
public sealed record IssuerChoice(int Id, string Name, AgencyKind Kind, int UnitId)
{
    public ReportFormat Format => OfficialFormat.For(Kind);
}

/// <summary>What the report form offers a user, all within their scope, and the defaults it starts from.</summary>
public sealed record ReportChoices(
    IReadOnlyList<DirectiveChoice> Directives,
    IReadOnlyList<ReportingPeriod> Periods,
    IReadOnlyList<SelectListItem> Units,
    IReadOnlyList<IssuerChoice> Issuers,
    int? DefaultPeriod,
    int DefaultUnit,
    int? DefaultIssuer)
{
    /// <summary>The latest directive, as on the dashboard.</summary>
    public int? DefaultDirective => Directives.Count > 0 ? Directives[0].Id : null;

    public bool HasUnit(int id) => Units.Any(u => u.Value == id.ToString(CultureInfo.InvariantCulture));
}

/// <summary>
/// The consolidated report of a directive for a period and a unit, issued in the name of an agency: what the form offers
/// (<see cref="ChoicesAsync"/>), the figures and words gathered through <see cref="DashboardQueries"/> for the same view
/// as the dashboard (<see cref="GatherAsync"/>), and the download's file names.
/// </summary>
public sealed class ConsolidatedReportExport(DanVanDbContext db, DashboardQueries queries, DashboardFigureLoader figures)
{
    /// <summary>
    /// Directives and periods as on the dashboard (the same default period); the units of the scope in tree order, dissolved
    /// ones too (their past periods' reports are still asked for; the chosen period's tree decides); as issuers, the active agencies
    /// of the user's own unit and of the units directly below it (a district issues for itself, not a ward). The default
    /// issuer is the Party Affairs Committee of the user's unit when there is one (the city's "Ban Cán sự đảng UBND thành
    /// phố"), else the user's own agency.
    /// </summary>
    public async Task<ReportChoices> ChoicesAsync(DataScope scope, int userAgencyId, DateOnly today, CancellationToken ct)
    {
        var directives = await db.Directives.AsNoTracking().OrderByDescending(d => d.IssuedOn).ThenBy(d => d.Id)
            .Select(d => new DirectiveChoice(d.Id, d.Code, d.Title, d.IssuingBody)).ToListAsync(ct);
        var periods = await db.Periods.AsNoTracking().OrderByDescending(p => p.DueOn).ToListAsync(ct);
        var inScope = (await db.Units.AsNoTracking().Where(scope.UnitFilter).Select(u => u.Id).ToListAsync(ct)).ToHashSet();
        var units = UnitTree.Options((await UnitTree.LoadAsync(db, ct)).Where(u => inScope.Contains(u.Id)), scope.UnitId, includeDissolved: true);
        var unitId = scope.UnitId;
        var issuers = await db.Agencies.AsNoTracking().Where(scope.AgencyFilter)
            .Where(a => a.IsActive && (a.UnitId == unitId || a.Unit!.ParentId == unitId))
            .OrderBy(a => a.UnitId != unitId).ThenBy(a => a.Unit!.Name).ThenBy(a => a.Name)
            .Select(a => new IssuerChoice(a.Id, a.Name, a.Kind, a.UnitId)).ToListAsync(ct);
        var issuer = issuers.Find(a => a.Kind == AgencyKind.PartyAffairsCommittee && a.UnitId == unitId)
            ?? issuers.Find(a => a.Id == userAgencyId)
            ?? issuers.FirstOrDefault();
        return new ReportChoices(directives, periods, units, issuers, DashboardQueries.DefaultPeriod(periods, today)?.Id, unitId, issuer?.Id);
    }

    /// <summary>
    /// The report's content for the view the dashboard would show for the same directive, period and unit, with the lists
    /// whole (the appendix lists every agency missing or late); null when the view or the issuer cannot be resolved within
    /// the scope.
    /// </summary>
    public async Task<ConsolidatedReportData?> GatherAsync(DataScope scope, int directiveId, int periodId, int unitId, int issuerId, DateOnly today, CancellationToken ct)
    {
        var view = await queries.ResolveAsync(scope, new DashboardFilter(directiveId, periodId, unitId), today, ct);
        var issuer = await db.Agencies.AsNoTracking().Where(scope.AgencyFilter).Where(a => a.Id == issuerId)
            .Select(a => new Issuer(a.Id, a.Name, a.Kind, a.Unit!.Level, a.Unit.Name, a.Unit.Parent != null ? a.Unit.Parent.Name : null))
            .SingleOrDefaultAsync(ct);
        if (view is null || issuer is null)
        {
            return null;
        }

        var (reporting, statuses, _, indicators, lists, narrative) = await figures.LoadAsync(view, FigureSet.ConsolidatedReport, DashboardQueries.ExportListSize, ct);
        return new ConsolidatedReportData(view, issuer, reporting, statuses, indicators, lists, narrative!, today);
    }

    /// <summary>"Báo cáo 07-CT-TU quý IV năm 2026 - Thành phố Hà Nội.docx" and its ASCII form for old clients.</summary>
    public static (string Ascii, string Unicode) FileNames(ConsolidatedReportData data)
    {
        var name = $"Báo cáo {data.View.Directive.Code} {data.Period} - {data.View.Unit.Name}";
        var safe = new string(name.Select(c => char.IsControl(c) || "/\\:*?\"<>|".Contains(c, StringComparison.Ordinal) ? '-' : c).ToArray());
        return (Ascii(safe) + ".docx", safe + ".docx");
    }

    /// <summary>Vietnamese without its marks: "Báo cáo quý IV - Hà Nội" → "Bao cao quy IV - Ha Noi"; anything else non-ASCII becomes "_".</summary>
    public static string Ascii(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Replace('đ', 'd').Replace('Đ', 'D').Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c < 128 ? c : '_');
            }
        }

        return builder.ToString();
    }
}
