using DanVan.Domain.Organization;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Data.Seeding;

/// <summary>
/// Hanoi's restructuring of 1 July 2025 in the demo: the district level is dissolved and the demo wards are merged into
/// new wards directly under the city, each with the same five bodies as before. The new wards' names are real (Hoàn Kiếm,
/// Ba Đình, Hồng Hà, Cầu Giấy, Nghĩa Đô); the merges are simplified (in reality parts of some old wards went to other new
/// wards, and each new ward took in wards that the demo does not have), so they are illustrative.
/// </summary>
public static class Restructuring2025Seed
{
    public static readonly DateOnly EffectiveOn = new(2025, 7, 1);

    /// <summary>The new wards under the city, each with the old demo wards merged into it.</summary>
    public static readonly IReadOnlyList<(string Code, string Name, string[] Predecessors)> Wards =
    [
        ("HN-P-HK", "Phường Hoàn Kiếm", ["HN-HK-HB", "HN-HK-HT", "HN-HK-TT"]),
        ("HN-P-BD", "Phường Ba Đình", ["HN-BD-TB", "HN-BD-DB"]),
        ("HN-P-HH", "Phường Hồng Hà", ["HN-BD-PX"]),
        ("HN-P-CG", "Phường Cầu Giấy", ["HN-CG-DV", "HN-CG-QH"]),
        ("HN-P-ND", "Phường Nghĩa Đô", ["HN-CG-ND"]),
    ];

    /// <summary>The bodies of the new wards, with their codes (unit code and suffix, as in <see cref="HierarchySeed"/>).</summary>
    public static readonly IReadOnlyList<HierarchySeed.AgencySeed> Agencies =
        Wards.SelectMany(w => HierarchySeed.WardBodies(w.Code, w.Name)).ToList();

    /// <summary>Applies the restructuring once (matched on the first new ward's code); returns the number of new agencies.</summary>
    public static async Task<int> SeedAsync(DanVanDbContext db, CancellationToken ct)
    {
        if (await db.Units.AnyAsync(u => u.Code == Wards[0].Code, ct))
        {
            return 0;
        }

        var units = await db.Units.Include(u => u.Versions).ToDictionaryAsync(u => u.Code, StringComparer.Ordinal, ct);
        var city = units[HierarchySeed.CityCode];
        var merged = new Dictionary<string, AdministrativeUnit>(StringComparer.Ordinal);
        foreach (var (code, name, predecessors) in Wards)
        {
            merged[code] = AdministrativeUnit.Merge(predecessors.Select(p => units[p]).ToList(), city, UnitLevel.Ward, code, name, EffectiveOn);
            db.Units.Add(merged[code]);
        }

        var ended = units.Values.Where(u => u.Level == UnitLevel.District || u.ValidTo == EffectiveOn).Select(u => u.Id).ToList();
        foreach (var agency in await db.Agencies.Include(a => a.Versions).Where(a => ended.Contains(a.UnitId)).ToListAsync(ct))
        {
            agency.Deactivate(EffectiveOn);
        }

        foreach (var district in units.Values.Where(u => u.Level == UnitLevel.District && u.ValidTo is null))
        {
            district.Dissolve(EffectiveOn);
        }

        var agencies = Agencies.Select(a => Agency.Create(a.Code, a.Name, a.Kind, merged[a.UnitCode], EffectiveOn, a.HeadName)).ToList();
        db.Agencies.AddRange(agencies);
        await db.SaveChangesAsync(ct);
        return agencies.Count;
    }
}
