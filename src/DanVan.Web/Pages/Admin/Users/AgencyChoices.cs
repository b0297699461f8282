using System.Globalization;
using DanVan.Data;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using DanVan.Web.Localization;

namespace DanVan.Web.Pages.Admin.Users;

/// <summary>The agencies a user may be attached to, grouped by unit for a select: active agencies of current units, and the agency already chosen.</summary>
public static class AgencyChoices
{
    private static readonly StringComparer Vietnamese = VietnameseOrder.Names;

    public static async Task<IReadOnlyList<SelectListItem>> LoadAsync(DanVanDbContext db, int? current, CancellationToken ct)
    {
        var agencies = await db.Agencies.AsNoTracking()
            .Where(a => (a.IsActive && a.Unit!.ValidTo == null) || a.Id == current)
            .Select(a => new { a.Id, a.Name, a.UnitId, UnitName = a.Unit!.Name, UnitLevel = a.Unit.Level })
            .ToListAsync(ct);
        var groups = new Dictionary<int, SelectListGroup>();
        return agencies
            .OrderBy(a => a.UnitLevel).ThenBy(a => a.UnitName, Vietnamese).ThenBy(a => a.Name, Vietnamese)
            .Select(a =>
            {
                if (!groups.TryGetValue(a.UnitId, out var group))
                {
                    group = new SelectListGroup { Name = a.UnitName };
                    groups.Add(a.UnitId, group);
                }

                return new SelectListItem(a.Name, a.Id.ToString(CultureInfo.InvariantCulture)) { Group = group };
            })
            .ToList();
    }
}
