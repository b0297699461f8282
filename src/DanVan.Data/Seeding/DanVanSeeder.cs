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
/// Seeds roles, Directive 07-CT/TU, the hierarchy, assignments and the reporting periods (always), and demo accounts and
/// sample reports (only when asked). Idempotent: it matches on natural keys (codes, task numbers, names, period keys,
/// user names) and only adds what is missing, one save per stage; it never renames or overwrites a row, since
/// administrators may have changed it.
/// </summary>
public static class DanVanSeeder
{
    /// <summary>How many quarters before the current one get a reporting period (the pre-2025 fixture the tests use).</summary>
    public const int PastQuarters = 4;

    /// <summary>With Hanoi's 2025 restructuring, the demo's quarters start here.</summary>
    public static readonly DateOnly FirstQuarterWithRestructuring = new(2024, 1, 1);

    /// <summary>The user id recorded for sample submissions of agencies that have no demo account; the name is the agency's head.</summary>
    public const string DemoSubmitterId = "demo-seed";

    /// <summary>
    /// Seeds into the scope's database; <paramref name="services"/> is a scope's provider. Everything happens in one
    /// transaction (one commit, and nothing half-seeded), retried as a whole on a transient SQL Server failure.
    /// </summary>
    public static async Task<SeedSummary> SeedAsync(IServiceProvider services, bool includeDemo, CancellationToken ct, bool restructured2025 = false)
    {
        var db = services.GetRequiredService<DanVanDbContext>();
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(
            (services, includeDemo, restructured2025),
            async (_, state, token) =>
            {
                db.ChangeTracker.Clear();
                await using var transaction = await db.Database.BeginTransactionAsync(token);
                var summary = await SeedStagesAsync(state.services, db, state.includeDemo, state.restructured2025, token);
                await transaction.CommitAsync(token);
                return summary;
            },
            verifySucceeded: null,
            ct);
    }

    private static async Task<SeedSummary> SeedStagesAsync(IServiceProvider services, DanVanDbContext db, bool includeDemo, bool restructured2025, CancellationToken ct)
    {
        var clock = services.GetRequiredService<TimeProvider>();
        var roles = await SeedRolesAsync(services.GetRequiredService<RoleManager<IdentityRole>>(), ct);
        var (directive, tasks) = await SeedDirectiveAsync(db, ct);
        var (units, agencies) = await SeedHierarchyAsync(db, ct);
        var assignments = await SeedAssignmentsAsync(db, directive, HierarchySeed.Agencies, default, ct);
        if (restructured2025)
        {
            agencies += await Restructuring2025Seed.SeedAsync(db, ct);
            assignments += await SeedAssignmentsAsync(db, directive, Restructuring2025Seed.Agencies, Restructuring2025Seed.EffectiveOn, ct);
        }

        var first = restructured2025 ? ReportingPeriod.QuarterContaining(FirstQuarterWithRestructuring) : null;
        var (periods, newPeriods) = await SeedPeriodsAsync(db, clock, first, ct);
        var summary = new SeedSummary(roles, tasks, units, agencies, assignments, newPeriods, 0, 0);
        if (includeDemo)
        {
            var accounts = restructured2025 ? [.. DemoAccounts.All, .. DemoAccounts.Today] : DemoAccounts.All;
            var users = await SeedDemoUsersAsync(db, services.GetRequiredService<UserManager<ApplicationUser>>(), accounts, ct);
            var reports = await DemoReports.SeedAsync(db, periods, clock, restructured2025, ct);
            summary = summary with { Users = users, Reports = reports };
        }

        return summary;
    }

    private static async Task<int> SeedRolesAsync(RoleManager<IdentityRole> roles, CancellationToken ct)
    {
        var existing = (await roles.Roles.Select(r => r.NormalizedName).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var missing = Roles.All.Where(r => !existing.Contains(roles.NormalizeKey(r))).ToList();
        foreach (var role in missing)
        {
            Succeeded(await roles.CreateAsync(new IdentityRole(role)), $"role {role}");
        }

        return missing.Count;
    }

    private static async Task<(Directive Directive, int NewTasks)> SeedDirectiveAsync(DanVanDbContext db, CancellationToken ct)
    {
        var directive = await db.Directives.Include(d => d.Tasks).ThenInclude(t => t.Indicators)
            .AsSplitQuery().SingleOrDefaultAsync(d => d.Code == DirectiveSeed.DirectiveCode, ct);
        if (directive is null)
        {
            directive = Directive.Create(DirectiveSeed.DirectiveCode, DirectiveSeed.Title, DirectiveSeed.IssuingBody, DirectiveSeed.IssuedOn, DirectiveSeed.Summary, DirectiveSeed.FullText);
            db.Directives.Add(directive);
        }

        var numbers = directive.Tasks.Select(t => t.Number).ToHashSet(StringComparer.Ordinal);
        var missing = DirectiveSeed.Tasks.Where(t => !numbers.Contains(t.Number)).ToList();
        foreach (var task in missing)
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
        return (directive, missing.Count);
    }

    private static async Task<(int Units, int Agencies)> SeedHierarchyAsync(DanVanDbContext db, CancellationToken ct)
    {
        var units = await db.Units.ToDictionaryAsync(u => u.Code, StringComparer.Ordinal, ct);
        var newUnits = 0;
        foreach (var seed in HierarchySeed.Units.Where(u => !units.ContainsKey(u.Code)))
        {
            var unit = seed.ParentCode is null
                ? AdministrativeUnit.CreateCity(seed.Code, seed.Name, HierarchySeed.ValidFrom)
                : AdministrativeUnit.CreateBelow(units[seed.ParentCode], seed.Level, seed.Code, seed.Name, HierarchySeed.ValidFrom);
            units[seed.Code] = unit;
            db.Units.Add(unit);
            newUnits++;
        }

        var agencyCodes = (await db.Agencies.Select(a => a.Code).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var newAgencies = HierarchySeed.Agencies.Where(a => !agencyCodes.Contains(a.Code))
            .Select(a => Agency.Create(a.Code, a.Name, a.Kind, units[a.UnitCode], HierarchySeed.ValidFrom, a.HeadName))
            .ToList();
        db.Agencies.AddRange(newAgencies);
        await db.SaveChangesAsync(ct);
        return (newUnits, newAgencies.Count);
    }

    /// <summary>
    /// Gives the seeded tasks to the seeded, active agencies the directive addresses them to. Agencies that an
    /// administrator created get their assignments from the administrator.
    /// </summary>
    private static async Task<int> SeedAssignmentsAsync(DanVanDbContext db, Directive directive, IEnumerable<HierarchySeed.AgencySeed> seeds, DateOnly startsOn, CancellationToken ct)
    {
        var seededCodes = seeds.Select(a => a.Code).ToList();
        var agencies = await db.Agencies.Where(a => a.IsActive && seededCodes.Contains(a.Code)).ToListAsync(ct);
        var seededNumbers = DirectiveSeed.Tasks.Select(t => t.Number).ToHashSet(StringComparer.Ordinal);
        var tasks = directive.Tasks.Where(t => seededNumbers.Contains(t.Number)).ToList();
        var taskIds = tasks.Select(t => t.Id).ToList();
        var existing = (await db.Assignments.Where(a => taskIds.Contains(a.TaskId)).Select(a => new { a.TaskId, a.AgencyId }).ToListAsync(ct))
            .Select(a => (a.TaskId, a.AgencyId)).ToHashSet();
        var created = new List<Assignment>();

        void Assign(DirectiveTask task, Func<Agency, bool> addressed, AssignmentRole role) =>
            created.AddRange(Assignment.Bulk(task, agencies.Where(a => addressed(a) && existing.Add((task.Id, a.Id))), role, startsOn: startsOn));

        foreach (var task in tasks)
        {
            switch (task.Addressee)
            {
                case TaskAddressee.PartyCommittees:
                    Assign(task, a => a.Kind == AgencyKind.PartyCommittee, AssignmentRole.Lead);
                    break;
                case TaskAddressee.StateAgencies:
                    Assign(task, a => a.Kind is AgencyKind.PeoplesCommittee or AgencyKind.Department, AssignmentRole.Lead);
                    break;
                case TaskAddressee.FrontAndSocioPoliticalOrganizations:
                    Assign(task, a => a.Kind == AgencyKind.FatherlandFront, AssignmentRole.Lead);
                    Assign(task, a => a.Kind == AgencyKind.SocioPoliticalOrganization, AssignmentRole.Supporting);
                    break;
                case TaskAddressee.PartyAffairsCommittee:
                    Assign(task, a => a.Kind == AgencyKind.PartyAffairsCommittee, AssignmentRole.Lead);
                    if (task.Number == "4.2")
                    {
                        Assign(task, a => a.Kind == AgencyKind.MassMobilizationCommission, AssignmentRole.Supporting);
                    }

                    break;
            }
        }

        db.Assignments.AddRange(created);
        await db.SaveChangesAsync(ct);
        return created.Count;
    }

    /// <summary>The quarter containing today (Hanoi) and those before it back to <paramref name="first"/> (or <see cref="PastQuarters"/> of them), newest first.</summary>
    private static async Task<(IReadOnlyList<ReportingPeriod> Periods, int Created)> SeedPeriodsAsync(DanVanDbContext db, TimeProvider clock, ReportingPeriod? first, CancellationToken ct)
    {
        var wanted = new List<ReportingPeriod> { ReportingPeriod.QuarterContaining(Hanoi.Today(clock)) };
        while (first is null ? wanted.Count <= PastQuarters : wanted[^1].DataFrom > first.DataFrom)
        {
            wanted.Add(wanted[^1].Previous());
        }

        var years = wanted.Select(p => p.Year).Distinct().ToList();
        var existing = await db.Periods.Where(p => p.Kind == PeriodKind.Quarter && years.Contains(p.Year)).ToDictionaryAsync(p => (p.Year, p.Number), ct);
        var periods = wanted.Select(p => existing.GetValueOrDefault((p.Year, p.Number)) ?? p).ToList();
        var created = periods.Where(p => p.Id == 0).ToList();
        db.Periods.AddRange(created);
        await db.SaveChangesAsync(ct);
        return (periods, created.Count);
    }

    private static async Task<int> SeedDemoUsersAsync(DanVanDbContext db, UserManager<ApplicationUser> users, IReadOnlyList<DemoAccounts.DemoAccount> accounts, CancellationToken ct)
    {
        var existing = (await db.Users.Select(u => u.NormalizedUserName).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var missing = accounts.Where(a => !existing.Contains(users.NormalizeName(a.UserName))).ToList();
        if (missing.Count == 0)
        {
            return 0;
        }

        var codes = missing.Select(a => a.AgencyCode).Distinct().ToList();

        // The demo accounts share a published password: hashing it once instead of once per account saves most of the
        // stage's time (each hash costs tens of milliseconds by design).
        var passwordHash = users.PasswordHasher.HashPassword(new ApplicationUser(), DemoAccounts.Password);
        var agencies = await db.Agencies.Where(a => codes.Contains(a.Code)).ToDictionaryAsync(a => a.Code, a => a.Id, ct);
        foreach (var account in missing)
        {
            var user = new ApplicationUser
            {
                UserName = account.UserName,
                Email = account.Email,
                EmailConfirmed = true,
                FullName = account.FullName,
                AgencyId = agencies.TryGetValue(account.AgencyCode, out var agencyId)
                    ? agencyId
                    : throw new InvalidOperationException($"The demo account {account.UserName} needs the agency {account.AgencyCode}."),
                MustChangePassword = false,
                LockoutEnabled = true,
                PasswordHash = passwordHash,
            };
            Succeeded(await users.CreateAsync(user), $"demo account {account.UserName}");
            Succeeded(await users.AddToRoleAsync(user, account.Role), $"role of demo account {account.UserName}");
        }

        return missing.Count;
    }

    private static void Succeeded(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Seeding could not create the {what}: {string.Join("; ", result.Errors.Select(e => e.Code))}");
        }
    }

    /// <summary>What one seeding run created.</summary>
    public sealed record SeedSummary(int Roles, int Tasks, int Units, int Agencies, int Assignments, int Periods, int Users, int Reports);
}
