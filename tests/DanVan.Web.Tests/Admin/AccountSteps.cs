using DanVan.Data.Identity;
using DanVan.Data.Seeding;
using DanVan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Tests.Admin;

/// <summary>Steps and reads shared by the tests of the administrators' account pages.</summary>
internal static class AccountSteps
{
    /// <summary>The password of the accounts <see cref="ProvisionAsync"/> makes.</summary>
    public const string KnownPassword = "Biet@MatKhau2026";

    public static Task<HttpClient> AdminAsync(SignedInFactory factory) => factory.ClientAsync(DemoAccounts.Admin);

    /// <summary>A viewer at Tràng Tiền with a known password that need not be changed.</summary>
    public static async Task<(string Id, string Email)> ProvisionAsync(SignedInFactory factory, string email)
    {
        await factory.CreateUserAsync(email, KnownPassword, Roles.Viewer, "HN-HK-TT-UBND", mustChangePassword: false);
        return (await UserIdAsync(factory, email), email);
    }

    public static Task<string> UserIdAsync(SignedInFactory factory, string email) =>
        factory.QueryAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    public static Task<string> AdminIdAsync(SignedInFactory factory) => UserIdAsync(factory, DemoAccounts.Admin);

    public static Task<DateTimeOffset?> LockoutEndAsync(SignedInFactory factory, string userId) =>
        factory.QueryAsync(db => db.Users.Where(u => u.Id == userId).Select(u => u.LockoutEnd).SingleAsync());

    public static Task<List<string>> RolesOfAsync(SignedInFactory factory, string userId) =>
        factory.QueryAsync(db => db.UserRoles.Where(ur => ur.UserId == userId)
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!)
            .ToListAsync());

    public static List<string> ListedUsers(HtmlPage page) =>
        page.Document.QuerySelectorAll("[data-testid=user-list] tr[data-user]").Select(r => r.GetAttribute("data-user")!).ToList();
}
