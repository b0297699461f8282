using DanVan.Data;
using DanVan.Domain.Organization;
using DanVan.Web.Localization;
using DanVan.Web.Pages.Admin.Units;
using DanVan.Web.Paging;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Pages.Admin.Agencies;

/// <summary>All agencies, inactive ones included, filtered by name or code, kind and unit, a page at a time.</summary>
public sealed class IndexModel(DanVanDbContext db) : PageModel
{
    public PagedList<AgencyRow> Agencies { get; private set; } = null!;

    public IReadOnlyList<SelectListItem> Units { get; private set; } = [];

    public string? Query { get; private set; }

    public AgencyKind? Kind { get; private set; }

    public int? UnitId { get; private set; }

    public async Task OnGetAsync(string? q, AgencyKind? kind, int? unit, int? p, CancellationToken ct)
    {
        (Query, Kind, UnitId) = (string.IsNullOrWhiteSpace(q) ? null : q.Trim().Normalize(), kind, unit);
        Units = UnitTree.Options(await UnitTree.LoadAsync(db, ct), UnitId);

        var agencies = db.Agencies.AsNoTracking();
        if (Query is not null)
        {
            var (pattern, folded) = (TextSearch.Pattern(Query), TextSearch.FoldedPattern(Query));
            agencies = agencies.Where(a => EF.Functions.Like(a.SearchName, folded, TextSearch.Escape) || EF.Functions.Like(a.Code, pattern, TextSearch.Escape));
        }

        if (Kind is not null)
        {
            agencies = agencies.Where(a => a.Kind == Kind);
        }

        if (UnitId is not null)
        {
            agencies = agencies.Where(a => a.UnitId == UnitId);
        }

        var rows = await agencies.Select(a => new { Row = new AgencyRow(a.Id, a.Code, a.Name, a.Kind, a.Unit!.Name, a.HeadName, a.IsActive), a.Unit.Level })
            .ToListAsync(ct);
        Agencies = PagedList<AgencyRow>.Of(
            rows.OrderBy(a => a.Level).ThenBy(a => a.Row.UnitName, VietnameseOrder.Names).ThenBy(a => a.Row.Kind).ThenBy(a => a.Row.Name, VietnameseOrder.Names)
                .Select(a => a.Row).ToList(),
            p);
    }

    public sealed record AgencyRow(int Id, string Code, string Name, AgencyKind Kind, string UnitName, string? HeadName, bool IsActive);
}
