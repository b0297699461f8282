using DanVan.Data;
using DanVan.Domain.Organization;
using DanVan.Web.Pages.Admin.Units;

namespace DanVan.Web.Pages.Admin.Assignments;

/// <summary>The active agencies a bulk assignment targets: one kind, optionally one level and a unit with everything below it.</summary>
public static class MatchingAgencies
{
    public static IQueryable<Agency> Query(DanVanDbContext db, AgencyKind kind, UnitLevel? level, IReadOnlyCollection<int>? unitIds)
    {
        var agencies = db.Agencies.Where(a => a.IsActive && a.Kind == kind);
        if (level is not null)
        {
            agencies = agencies.Where(a => a.Unit!.Level == level);
        }

        if (unitIds is not null)
        {
            agencies = agencies.Where(a => unitIds.Contains(a.UnitId));
        }

        return agencies;
    }

    /// <summary>The unit and every unit below it, from the tree-ordered list (descendants follow a unit until the depth comes back up).</summary>
    public static IReadOnlyList<int> Subtree(IReadOnlyList<UnitTree.UnitNode> ordered, int unitId)
    {
        var ids = new List<int>();
        var start = ordered.Select((u, i) => (u, i)).FirstOrDefault(x => x.u.Id == unitId);
        if (start.u is null)
        {
            return ids;
        }

        ids.Add(unitId);
        for (var i = start.i + 1; i < ordered.Count && ordered[i].Depth > start.u.Depth; i++)
        {
            ids.Add(ordered[i].Id);
        }

        return ids;
    }
}
