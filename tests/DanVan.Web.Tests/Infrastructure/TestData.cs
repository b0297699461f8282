using DanVan.Data;
using DanVan.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Web.Tests.Infrastructure;

/// <summary>Reads the factory's database directly, to compute expectations independently of the pages, and provisions test accounts.</summary>
public static class TestData
{
    public static async Task<T> QueryAsync<T>(this DanVanFactory factory, Func<DanVanDbContext, Task<T>> query)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DanVanDbContext>();
        return await query(db);
    }

    public static Task<int> AgencyIdAsync(this DanVanFactory factory, string code) =>
        factory.QueryAsync(db => db.Agencies.Where(a => a.Code == code).Select(a => a.Id).SingleAsync());

    /// <summary>Creates an account through Identity, as an administrator would provision it.</summary>
    public static async Task CreateUserAsync(this DanVanFactory factory, string email, string password, string role, string agencyCode, bool mustChangePassword)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DanVanDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var agencyId = await db.Agencies.Where(a => a.Code == agencyCode).Select(a => a.Id).SingleAsync();
        var user = new ApplicationUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            FullName = "Người Dùng Thử",
            AgencyId = agencyId,
            LockoutEnabled = true,
            MustChangePassword = mustChangePassword,
        };
        var result = await users.CreateAsync(user, password);
        if (result.Succeeded)
        {
            result = await users.AddToRoleAsync(user, role);
        }

        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not create {email}: {string.Join("; ", result.Errors.Select(e => e.Code))}");
        }
    }
}
