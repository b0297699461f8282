using DanVan.Domain.Organization;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Data.Facts;

/// <summary>One unit as it was on a day: its parent, name, level and path in that day's tree.</summary>
public sealed record UnitAsOf(int Id, string Code, int? ParentId, string Name, UnitLevel Level, string Path);

/// <summary>
/// The administrative tree in force on one day (a period's data cut-off), built from the unit versions valid then: a
/// later move, merge, rename or dissolution does not change it. Hanoi has about 700 units, a national tree about 11,000:
/// read in one query.
/// </summary>
public sealed class PeriodTree
{
    private readonly Dictionary<int, UnitAsOf> _units;

    private PeriodTree(DateOnly day, Dictionary<int, UnitAsOf> units)
    {
        Day = day;
        _units = units;
    }

    public DateOnly Day { get; }

    public IEnumerable<UnitAsOf> Units => _units.Values;

    public static async Task<PeriodTree> LoadAsync(DanVanDbContext db, DateOnly day, CancellationToken ct)
    {
        var versions = await db.UnitVersions.AsNoTracking()
            .Where(v => v.ValidFrom <= day && (v.ValidTo == null || day < v.ValidTo))
            .Select(v => new { v.UnitId, v.Unit!.Code, v.ParentId, v.Name, v.Level })
            .ToListAsync(ct);
        var byId = versions.ToDictionary(v => v.UnitId);
        var units = new Dictionary<int, UnitAsOf>();
        UnitAsOf? Resolve(int id, int depth)
        {
            if (units.TryGetValue(id, out var known))
            {
                return known;
            }

            if (!byId.TryGetValue(id, out var v) || depth > 64)
            {
                return null;
            }

            var parent = v.ParentId is { } parentId ? Resolve(parentId, depth + 1) : null;
            if (v.ParentId is not null && parent is null)
            {
                return null;
            }

            var unit = new UnitAsOf(v.UnitId, v.Code, v.ParentId, v.Name, v.Level, (parent?.Path ?? "/") + v.Code + "/");
            units[id] = unit;
            return unit;
        }

        foreach (var id in byId.Keys)
        {
            Resolve(id, 0);
        }

        return new PeriodTree(day, units);
    }

    public UnitAsOf? Find(int unitId) => _units.GetValueOrDefault(unitId);

    public IEnumerable<UnitAsOf> ChildrenOf(int unitId) => _units.Values.Where(u => u.ParentId == unitId);

    /// <summary>The unit and its ancestors in this tree, root first.</summary>
    public IReadOnlyList<UnitAsOf> Chain(int unitId)
    {
        var chain = new List<UnitAsOf>();
        for (var unit = Find(unitId); unit is not null && chain.Count < 64; unit = unit.ParentId is { } p ? Find(p) : null)
        {
            chain.Insert(0, unit);
        }

        return chain;
    }

    /// <summary>
    /// The part of a view of <paramref name="ancestorPath"/> that <paramref name="path"/> (under it) falls in: the code of
    /// the child whose subtree holds it, "" for the ancestor's own path.
    /// </summary>
    public static string PartUnder(string ancestorPath, string path) => ChildCodeUnder(ancestorPath, path) ?? string.Empty;

    /// <summary>The child of <paramref name="ancestorPath"/> whose subtree holds <paramref name="path"/>; null for the ancestor's own path.</summary>
    public static string? ChildCodeUnder(string ancestorPath, string path)
    {
        if (path.Length <= ancestorPath.Length || !path.StartsWith(ancestorPath, StringComparison.Ordinal))
        {
            return null;
        }

        var end = path.IndexOf('/', ancestorPath.Length);
        return path[ancestorPath.Length..end];
    }
}
