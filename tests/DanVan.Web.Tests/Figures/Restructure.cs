using DanVan.Data;
using DanVan.Domain.Organization;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Tests.Figures;

/// <summary>Restructurings made straight through the domain, with effective dates between the demo's quarters.</summary>
internal static class Restructure
{
    public static async Task MoveAsync(DanVanDbContext db, string unitCode, string parentCode, DateOnly on)
    {
        var unit = await Unit(db, unitCode);
        var parent = await Unit(db, parentCode);
        var below = await db.Units.Where(u => u.Path.StartsWith(unit.Path) && u.Id != unit.Id).ToListAsync();
        unit.MoveUnder(parent, on, below);
        await db.SaveChangesAsync();
    }

    public static async Task RenameAsync(DanVanDbContext db, string unitCode, string name, DateOnly on)
    {
        (await Unit(db, unitCode)).Rename(name, on);
        await db.SaveChangesAsync();
    }

    public static async Task DeactivateAsync(DanVanDbContext db, string agencyCode, DateOnly on)
    {
        (await db.Agencies.Include(a => a.Versions).SingleAsync(a => a.Code == agencyCode)).Deactivate(on);
        await db.SaveChangesAsync();
    }

    /// <summary>
    /// Merges wards into a new one under <paramref name="parentCode"/>: the old wards are dissolved and their agencies
    /// deactivated; the new ward gets a People's Committee with the old committees' tasks from that day.
    /// </summary>
    public static async Task MergeAsync(DanVanDbContext db, string[] wardCodes, string parentCode, string code, string name, DateOnly on)
    {
        var wards = new List<AdministrativeUnit>();
        foreach (var wardCode in wardCodes)
        {
            wards.Add(await Unit(db, wardCode));
        }

        var merged = AdministrativeUnit.Merge(wards, await Unit(db, parentCode), UnitLevel.Ward, code, name, on);
        db.Units.Add(merged);
        var wardIds = wards.Select(w => w.Id).ToList();
        var old = await db.Agencies.Include(a => a.Versions).Where(a => wardIds.Contains(a.UnitId)).ToListAsync();
        old.ForEach(a => a.Deactivate(on));
        var committee = Agency.Create(code + "-UBND", "UBND " + name, AgencyKind.PeoplesCommittee, merged, on);
        db.Agencies.Add(committee);
        var oldCommittees = old.Where(a => a.Kind == AgencyKind.PeoplesCommittee).Select(a => a.Id).ToList();
        var tasks = await db.Assignments.Include(a => a.Task).Where(a => oldCommittees.Contains(a.AgencyId)).Select(a => a.Task!).Distinct().ToListAsync();
        db.Assignments.AddRange(tasks.Select(t => Assignment.Create(t, committee, AssignmentRole.Lead, startsOn: on)));
        await db.SaveChangesAsync();
    }

    /// <summary>Dissolves a district as Hanoi did on 1 July 2025: its wards move directly under its parent, its own agencies stop.</summary>
    public static async Task DissolveDistrictAsync(DanVanDbContext db, string districtCode, DateOnly on)
    {
        var district = await Unit(db, districtCode);
        var parent = await db.Units.Include(u => u.Versions).SingleAsync(u => u.Id == district.ParentId);
        var wards = await db.Units.Include(u => u.Versions).Where(u => u.ParentId == district.Id && u.ValidTo == null).ToListAsync();
        wards.ForEach(w => w.MoveUnder(parent, on, []));
        (await db.Agencies.Include(a => a.Versions).Where(a => a.UnitId == district.Id).ToListAsync()).ForEach(a => a.Deactivate(on));
        district.Dissolve(on);
        await db.SaveChangesAsync();
    }

    private static Task<AdministrativeUnit> Unit(DanVanDbContext db, string code) =>
        db.Units.Include(u => u.Versions).SingleAsync(u => u.Code == code);
}
