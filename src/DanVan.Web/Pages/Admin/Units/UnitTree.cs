using System.Globalization;
using DanVan.Data;
using DanVan.Domain.Organization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using DanVan.Web.Localization;

namespace DanVan.Web.Pages.Admin.Units;

/// <summary>All administrative units in tree order (each unit followed by the units below it), for lists and selects.</summary>
public static class UnitTree
{
    private static readonly StringComparer Vietnamese = VietnameseOrder.Names;

    public static async Task<IReadOnlyList<UnitNode>> LoadAsync(DanVanDbContext db, CancellationToken ct)
    {
        var units = await db.Units.AsNoTracking()
            .Select(u => new UnitNode(u.Id, u.Code, u.Name, u.Level, u.ParentId, u.Parent != null ? u.Parent.Name : null, u.ValidFrom, u.ValidTo))
            .ToListAsync(ct);
        var ids = units.Select(u => u.Id).ToHashSet();
        var byParent = units.ToLookup(u => u.ParentId is { } parent && ids.Contains(parent) ? parent : (int?)null);
        var ordered = new List<UnitNode>(units.Count);
        void Visit(int? parentId, int depth)
        {
            foreach (var unit in byParent[parentId].OrderBy(u => u.Level).ThenBy(u => u.Name, Vietnamese))
            {
                ordered.Add(unit with { Depth = depth });
                Visit(unit.Id, depth + 1);
            }
        }

        Visit(null, 0);
        return ordered;
    }

    /// <summary>
    /// Options for a select, indented by depth; dissolved units are left out unless <paramref name="current"/> is one or
    /// <paramref name="includeDissolved"/> (a past period's report is still asked for a dissolved district).
    /// </summary>
    public static IReadOnlyList<SelectListItem> Options(IEnumerable<UnitNode> units, int? current = null, bool includeDissolved = false) =>
        units.Where(u => includeDissolved || u.ValidTo is null || u.Id == current)
            .Select(u => new SelectListItem(new string('\u00A0', u.Depth * 4) + u.Name, u.Id.ToString(CultureInfo.InvariantCulture)))
            .ToList();

    public sealed record UnitNode(int Id, string Code, string Name, UnitLevel Level, int? ParentId, string? ParentName, DateOnly ValidFrom, DateOnly? ValidTo)
    {
        public int Depth { get; init; }
    }
}
