using DanVan.Data;
using DanVan.Domain;
using DanVan.Domain.Organization;
using DanVan.Web.Localization;
using DanVan.Web.Authorization;
using DanVan.Web.Paging;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Pages.Agencies;

/// <summary>The tree of units and agencies within the user's scope, a page of units at a time.</summary>
public sealed class IndexModel(DanVanDbContext db, TimeProvider clock) : PageModel
{
    public const int UnitsPerPage = 8;

    public IReadOnlyList<UnitNode> Units { get; private set; } = [];

    public Paging.PagerModel Pager { get; private set; } = null!;

    public AgencyKind? Kind { get; private set; }

    public string? Query { get; private set; }

    public async Task OnGetAsync(AgencyKind? kind, string? q, int? p, CancellationToken ct)
    {
        (Kind, Query) = (kind, string.IsNullOrWhiteSpace(q) ? null : q.Trim().Normalize());
        var scope = User.GetScope();
        var units = await db.Units.AsNoTracking().Where(scope.UnitFilter)
            .Select(u => new { u.Id, u.Name, u.Level, u.ParentId, u.ValidTo })
            .ToListAsync(ct);

        var byParent = units.ToLookup(u => u.ParentId);
        var ids = units.Select(u => u.Id).ToHashSet();
        var ordered = new List<UnitNode>();
        void Visit(int? parentId, int depth)
        {
            foreach (var unit in byParent[parentId].OrderBy(u => u.Name, VietnameseOrder.Names))
            {
                ordered.Add(new UnitNode(unit.Id, unit.Name, unit.Level, depth, unit.ValidTo));
                Visit(unit.Id, depth + 1);
            }
        }

        foreach (var root in units.Where(u => u.ParentId is null || !ids.Contains(u.ParentId.Value)))
        {
            ordered.Add(new UnitNode(root.Id, root.Name, root.Level, 0, root.ValidTo));
            Visit(root.Id, 1);
        }

        var agencies = db.Agencies.AsNoTracking().Where(scope.AgencyFilter);
        if (Kind is not null)
        {
            agencies = agencies.Where(a => a.Kind == Kind);
        }

        if (Query is not null)
        {
            var pattern = TextSearch.FoldedPattern(Query);
            agencies = agencies.Where(a => EF.Functions.Like(a.SearchName, pattern, TextSearch.Escape));
        }

        if (Kind is not null || Query is not null)
        {
            var matching = await agencies.Select(a => a.UnitId).Distinct().ToListAsync(ct);
            ordered = ordered.Where(u => matching.Contains(u.Id)).ToList();
        }

        var totalPages = Math.Max(1, (ordered.Count + UnitsPerPage - 1) / UnitsPerPage);
        var page = Math.Clamp(p ?? 1, 1, totalPages);
        Pager = new Paging.PagerModel(page, totalPages, ordered.Count, "p");
        var pageUnits = ordered.Skip((page - 1) * UnitsPerPage).Take(UnitsPerPage).ToList();
        var pageUnitIds = pageUnits.Select(u => u.Id).ToList();
        var given = db.Assignments.Where(Assignment.StillGivenOn(Hanoi.Today(clock)));
        var rows = await agencies.Where(a => pageUnitIds.Contains(a.UnitId))
            .Select(a => new AgencyRow(a.Id, a.UnitId, a.Name, a.Kind, a.HeadName, given.Count(s => s.AgencyId == a.Id)))
            .ToListAsync(ct);
        var rowsByUnit = rows.OrderBy(r => r.Kind).ThenBy(r => r.Name, VietnameseOrder.Names).ToLookup(r => r.UnitId);
        Units = pageUnits.Select(u => u with { Agencies = rowsByUnit[u.Id].ToList() }).ToList();
    }

    public sealed record UnitNode(int Id, string Name, UnitLevel Level, int Depth, DateOnly? ValidTo)
    {
        public IReadOnlyList<AgencyRow> Agencies { get; init; } = [];
    }

    public sealed record AgencyRow(int Id, int UnitId, string Name, AgencyKind Kind, string? HeadName, int AssignmentCount);
}
