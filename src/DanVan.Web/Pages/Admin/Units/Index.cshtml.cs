using DanVan.Data;
using DanVan.Web.Paging;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Web.Pages.Admin.Units;

/// <summary>The administrative units as a tree, dissolved ones included, a page at a time.</summary>
public sealed class IndexModel(DanVanDbContext db) : PageModel
{
    public IReadOnlyList<UnitTree.UnitNode> Units { get; private set; } = [];

    public PagerModel Pager { get; private set; } = null!;

    public string? Query { get; private set; }

    public async Task OnGetAsync(string? q, int? p, CancellationToken ct)
    {
        Query = string.IsNullOrWhiteSpace(q) ? null : q.Trim().Normalize();
        IEnumerable<UnitTree.UnitNode> units = await UnitTree.LoadAsync(db, ct);
        if (Query is not null)
        {
            var folded = Domain.SearchText.Fold(Query);
            units = units.Where(u => Domain.SearchText.Fold(u.Name).Contains(folded, StringComparison.Ordinal) || u.Code.Contains(Query, StringComparison.OrdinalIgnoreCase));
        }

        var list = units.ToList();
        var pageSize = PagedList<UnitTree.UnitNode>.DefaultPageSize;
        var totalPages = Math.Max(1, (list.Count + pageSize - 1) / pageSize);
        var page = Math.Clamp(p ?? 1, 1, totalPages);
        Pager = new PagerModel(page, totalPages, list.Count, "p");
        Units = list.Skip((page - 1) * pageSize).Take(pageSize).ToList();
    }
}
