using DanVan.Data;
using DanVan.Data.Identity;
using DanVan.Data.Seeding;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Bench.HanoiScale;

/// <summary>
/// The accounts the runner signs in with (password <see cref="DemoAccounts.Password"/>): a city reviewer at the Party
/// Affairs Committee, and a lower-level account: the Hoàn Kiếm district reviewer before 2025, a viewer at the People's
/// Committee of the commune Hàng Bạc merged into after 2025. In the national set the city reviewer is Hà Nội's province
/// reviewer, the lower account a reviewer at Phường Hoàn Kiếm's People's Committee, and a national reviewer (the city
/// reviewer's role at the Central Mass Mobilization Commission, whose scope is the whole tree) is added.
/// </summary>
internal static class BenchAccounts
{
    public const string City = "bench.city@danvan.local";
    public const string Lower = "bench.lower@danvan.local";
    public const string Nation = "bench.nation@danvan.local";

    /// <summary>
    /// Starts the portal on the generated file once (it migrates nothing and its seeder must add nothing but the roles: the
    /// generator wrote the directive, tree, assignments and periods it would), then creates the accounts.
    /// </summary>
    public static async Task CreateAsync(HanoiDataSet set, string path, string lowerAgency, Dictionary<string, long> counts, CancellationToken ct)
    {
        using var portal = new BenchPortal(path, new BenchClock(set.Now));
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DanVanDbContext>();
        var after = await HanoiGenerator.CountsAsync(db, ct);
        var added = after.Where(c => counts[c.Key] != c.Value).Select(c => $"{c.Key} {counts[c.Key]} → {c.Value}").ToList();
        if (added.Count > 0)
        {
            throw new InvalidOperationException($"The portal's seeder changed the generated data ({string.Join(", ", added)}): the generator must write what the seeder expects.");
        }

        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        await CreateAsync(db, users, City, "Trần Văn Thắng", Roles.CityReviewer, "HN-BCSD", ct);
        await CreateAsync(db, users, Lower, "Vũ Đức Hùng", set.Restructured && !set.National ? Roles.Viewer : Roles.DistrictReviewer, lowerAgency, ct);
        if (set.National)
        {
            await CreateAsync(db, users, Nation, "Lê Minh Quân", Roles.CityReviewer, National.NationalStructure.NationAgencyCode, ct);
        }
    }

    internal static async Task CreateAsync(DanVanDbContext db, UserManager<ApplicationUser> users, string email, string name, string role, string agencyCode, CancellationToken ct)
    {
        var user = new ApplicationUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            FullName = name,
            AgencyId = await db.Agencies.Where(a => a.Code == agencyCode).Select(a => a.Id).SingleAsync(ct),
            MustChangePassword = false,
            LockoutEnabled = true,
        };
        Succeeded(await users.CreateAsync(user, DemoAccounts.Password), email);
        Succeeded(await users.AddToRoleAsync(user, role), email);
    }

    private static void Succeeded(IdentityResult result, string email)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not create {email}: {string.Join("; ", result.Errors.Select(e => e.Code))}");
        }
    }
}
