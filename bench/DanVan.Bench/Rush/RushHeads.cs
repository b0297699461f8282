using DanVan.Data;
using DanVan.Data.Identity;
using DanVan.Data.Seeding;
using DanVan.Domain.Reporting;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Bench.Rush;

/// <summary>
/// The heads of the rush: one account (role AgencyHead) per agency whose report of the current quarter is not submitted
/// yet, up to the number asked, written straight into the copy of the data set with one password hash shared by all
/// (hashing a thousand passwords would take the machine minutes and measures nothing of the rush).
/// </summary>
internal static class RushHeads
{
    public static async Task<IReadOnlyList<string>> CreateAsync(IServiceProvider services, int periodId, int count, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DanVanDbContext>();
        var agencies = await db.Agencies
            .Where(a => a.IsActive && db.Assignments.Any(s => s.AgencyId == a.Id))
            .Where(a => !db.Reports.Any(r => r.AgencyId == a.Id && r.PeriodId == periodId && (r.Status == ReportStatus.Submitted || r.Status == ReportStatus.Accepted)))
            .OrderBy(a => a.Id).Select(a => a.Id).Take(count).ToListAsync(ct);
        var roleId = await db.Roles.Where(r => r.Name == Roles.AgencyHead).Select(r => r.Id).SingleAsync(ct);
        var hash = new PasswordHasher<ApplicationUser>().HashPassword(new ApplicationUser(), DemoAccounts.Password);
        var emails = new List<string>();
        foreach (var agencyId in agencies)
        {
            var email = $"rush.{agencyId}@danvan.local";
            var user = new ApplicationUser
            {
                UserName = email,
                NormalizedUserName = email.ToUpperInvariant(),
                Email = email,
                NormalizedEmail = email.ToUpperInvariant(),
                EmailConfirmed = true,
                FullName = $"Thủ trưởng {agencyId}",
                AgencyId = agencyId,
                PasswordHash = hash,
                SecurityStamp = Guid.NewGuid().ToString("N"),
                MustChangePassword = false,
                LockoutEnabled = true,
            };
            db.Users.Add(user);
            db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = roleId });
            emails.Add(email);
        }

        await db.SaveChangesAsync(ct);
        return emails;
    }
}
