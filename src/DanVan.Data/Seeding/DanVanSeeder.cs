using DanVan.Data.Identity;
using DanVan.Domain;
using DanVan.Domain.Directives;
using DanVan.Domain.Organization;
using DanVan.Domain.Reporting;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Data.Seeding;

/// <summary>
/// Seeds roles, Directive 07-CT/TU, the hierarchy, assignments and periods (always), and demo accounts and sample reports
/// (only when asked). Idempotent: it matches on natural keys and only adds what is missing; it never renames or
/// overwrites what is there, since administrators may have changed it.
/// </summary>
public static class DanVanSeeder
{
    public static async Task SeedAsync(IServiceProvider services, bool includeDemo, CancellationToken ct)
    {
        var db = services.GetRequiredService<DanVanDbContext>();
        var clock = services.GetRequiredService<TimeProvider>();
        await SeedRolesAsync(services.GetRequiredService<RoleManager<IdentityRole>>());
        var directive = await SeedDirectiveAsync(db, ct);
        await SeedHierarchyAsync(db, ct);
        await SeedAssignmentsAsync(db, directive, ct);
        var periods = await SeedPeriodsAsync(db, clock, ct);
        if (includeDemo)
        {
            await SeedDemoUsersAsync(db, services.GetRequiredService<UserManager<ApplicationUser>>(), ct);
            await DemoReports.SeedAsync(db, periods, clock, ct);
        }
    }

    private static async Task SeedRolesAsync(RoleManager<IdentityRole> roles)
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
    }

    private static async Task<Directive> SeedDirectiveAsync(DanVanDbContext db, CancellationToken ct)
    {
        var directive = await db.Directives.Include(d => d.Tasks).ThenInclude(t => t.Indicators).AsSplitQuery()
            .SingleOrDefaultAsync(d => d.Code == DirectiveSeed.DirectiveCode, ct);
        if (directive is null)
        {
            directive = Directive.Create(DirectiveSeed.DirectiveCode, DirectiveSeed.Title, DirectiveSeed.IssuingBody, DirectiveSeed.IssuedOn, DirectiveSeed.Summary, DirectiveSeed.FullText);
            db.Directives.Add(directive);
        }

        var numbers = directive.Tasks.Select(t => t.Number).ToHashSet();
        foreach (var task in DirectiveSeed.Tasks.Where(t => !numbers.Contains(t.Number)))
        {
            directive.AddTask(task.Number, task.Title, task.Wording, task.Addressee, task.DueOn);
        }

        foreach (var indicator in DirectiveSeed.Indicators)
        {
            var task = directive.Tasks.Single(t => t.Number == indicator.TaskNumber);
            if (!task.Indicators.Any(i => i.Name == indicator.Name))
            {
                task.AddIndicator(indicator.Name, indicator.Unit, indicator.HigherIsBetter, isExample: true);
            }
        }

        await db.SaveChangesAsync(ct);
        return directive;
    }

    private static async Task SeedHierarchyAsync(DanVanDbContext db, CancellationToken ct)
    {
        var units = await db.Units.ToDictionaryAsync(u => u.Code, ct);
        var agencyCodes = (await db.Agencies.Select(a => a.Code).ToListAsync(ct)).ToHashSet();

        AdministrativeUnit Unit(string code, Func<AdministrativeUnit> create)
        {
            if (!units.TryGetValue(code, out var unit))
            {
                unit = create();
                units[code] = unit;
                db.Units.Add(unit);
            }

            return unit;
        }

        void Agencies(AdministrativeUnit unit, IEnumerable<HierarchySeed.AgencySeed> seeds)
        {
            foreach (var seed in seeds)
            {
                var code = $"{unit.Code}-{seed.Suffix}";
                if (agencyCodes.Add(code))
                {
                    db.Agencies.Add(Agency.Create(code, seed.Name, seed.Kind, unit, HierarchySeed.HeadNameFor(code)));
                }
            }
        }

        var city = Unit(HierarchySeed.CityCode, () => AdministrativeUnit.CreateCity(HierarchySeed.CityCode, "Thành phố Hà Nội", HierarchySeed.CityValidFrom));
        Agencies(city, HierarchySeed.StandardAgencies(UnitLevel.City, "Hà Nội").Concat(HierarchySeed.CityOnlyAgencies));
        foreach (var district in HierarchySeed.Districts)
        {
            var districtUnit = Unit(district.Code, () => AdministrativeUnit.CreateBelow(city, UnitLevel.District, district.Code, $"Quận {district.Name}", HierarchySeed.DistrictsValidFrom));
            Agencies(districtUnit, HierarchySeed.StandardAgencies(UnitLevel.District, district.Name));
            foreach (var ward in district.Wards)
            {
                var wardUnit = Unit(ward.Code, () => AdministrativeUnit.CreateBelow(districtUnit, UnitLevel.Ward, ward.Code, $"Phường {ward.Name}", HierarchySeed.DistrictsValidFrom));
                Agencies(wardUnit, HierarchySeed.StandardAgencies(UnitLevel.Ward, ward.Name));
            }
        }

        await db.SaveChangesAsync(ct);
    }

    /// <summary>Tasks go to the agencies the directive addresses them to.</summary>
    private static async Task SeedAssignmentsAsync(DanVanDbContext db, Directive directive, CancellationToken ct)
    {
        var agencies = await db.Agencies.ToListAsync(ct);
        var taskIds = directive.Tasks.Select(t => t.Id).ToList();
        var existing = (await db.Assignments.Where(a => taskIds.Contains(a.TaskId)).Select(a => new { a.TaskId, a.AgencyId }).ToListAsync(ct))
            .Select(a => (a.TaskId, a.AgencyId)).ToHashSet();

        void Assign(DirectiveTask task, IEnumerable<Agency> to, AssignmentRole role) =>
            db.Assignments.AddRange(Assignment.Bulk(task, to.Where(a => existing.Add((task.Id, a.Id))), role));

        foreach (var task in directive.Tasks)
        {
            switch (task.Addressee)
            {
                case TaskAddressee.PartyCommittees:
                    Assign(task, agencies.Where(a => a.Kind == AgencyKind.PartyCommittee), AssignmentRole.Lead);
                    break;
                case TaskAddressee.StateAgencies:
                    Assign(task, agencies.Where(a => a.Kind is AgencyKind.PeoplesCommittee or AgencyKind.Department), AssignmentRole.Lead);
                    break;
                case TaskAddressee.FrontAndSocioPoliticalOrganizations:
                    Assign(task, agencies.Where(a => a.Kind == AgencyKind.FatherlandFront), AssignmentRole.Lead);
                    Assign(task, agencies.Where(a => a.Kind == AgencyKind.SocioPoliticalOrganization), AssignmentRole.Supporting);
                    break;
                case TaskAddressee.PartyAffairsCommittee:
                    Assign(task, agencies.Where(a => a.Kind == AgencyKind.PartyAffairsCommittee), AssignmentRole.Lead);
                    if (task.Number == "4.2")
                    {
                        Assign(task, agencies.Where(a => a.Kind == AgencyKind.MassMobilizationCommission), AssignmentRole.Supporting);
                    }

                    break;
            }
        }

        await db.SaveChangesAsync(ct);
    }

    /// <summary>The current quarter and the four before it; returned newest first.</summary>
    private static async Task<IReadOnlyList<ReportingPeriod>> SeedPeriodsAsync(DanVanDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var wanted = new List<ReportingPeriod> { ReportingPeriod.QuarterContaining(Hanoi.Today(clock)) };
        while (wanted.Count < 5)
        {
            wanted.Add(wanted[^1].Previous());
        }

        var existing = await db.Periods.Where(p => p.Kind == PeriodKind.Quarter).ToListAsync(ct);
        var result = new List<ReportingPeriod>();
        foreach (var period in wanted)
        {
            var found = existing.SingleOrDefault(p => p.Year == period.Year && p.Number == period.Number);
            if (found is null)
            {
                db.Periods.Add(period);
            }

            result.Add(found ?? period);
        }

        await db.SaveChangesAsync(ct);
        return result;
    }

    private static async Task SeedDemoUsersAsync(DanVanDbContext db, UserManager<ApplicationUser> users, CancellationToken ct)
    {
        var agencies = await db.Agencies.ToDictionaryAsync(a => a.Code, a => a.Id, ct);
        var existing = (await db.Users.Select(u => u.UserName).ToListAsync(ct)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var account in DemoAccounts.All.Where(a => !existing.Contains(a.Email)))
        {
            var user = new ApplicationUser
            {
                UserName = account.Email,
                Email = account.Email,
                EmailConfirmed = true,
                FullName = account.FullName,
                AgencyId = agencies[account.AgencyCode],
                LockoutEnabled = true,
            };
            var created = await users.CreateAsync(user, DemoAccounts.Password);
            if (!created.Succeeded || !(await users.AddToRoleAsync(user, account.Role)).Succeeded)
            {
                throw new InvalidOperationException($"Could not create the demo account {account.Email}: {string.Join("; ", created.Errors.Select(e => e.Code))}");
            }
        }
    }
}
