using DanVan.Data.Identity;
using DanVan.Data.Seeding;
using DanVan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static DanVan.Web.Tests.Admin.AccountSteps;
using static DanVan.Web.Tests.Admin.AdminPages;

namespace DanVan.Web.Tests.Admin;

/// <summary>The administrators' list of accounts: filtered by name, e-mail and role, twenty to a page.</summary>
public sealed class UserListTests(SignedInFactory factory) : IClassFixture<SignedInFactory>
{
    [Fact]
    public async Task User_list_filters_by_name_or_e_mail_and_by_role()
    {
        var admin = await AdminAsync(factory);

        var byName = await GetOkAsync(admin, "/Admin/Users?q=H%E1%BB%93ng%20Nhung");
        Assert.Equal(new[] { await AdminIdAsync(factory) }, ListedUsers(byName));

        var byEmail = await GetOkAsync(admin, "/Admin/Users?q=badinh");
        Assert.Equal(new[] { await UserIdAsync(factory, DemoAccounts.BaDinhReviewer) }, ListedUsers(byEmail));

        var reviewers = await factory.QueryAsync(db => db.UserRoles
            .Where(ur => db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.DistrictReviewer))
            .Select(ur => ur.UserId).ToListAsync());
        var byRole = await GetOkAsync(admin, $"/Admin/Users?role={Roles.DistrictReviewer}");
        Assert.Equal(2, reviewers.Count);
        Assert.Equal(new SortedSet<string>(reviewers, StringComparer.Ordinal), new SortedSet<string>(ListedUsers(byRole), StringComparer.Ordinal));
        Assert.NotNull(byRole.Document.QuerySelector($"#role option[value={Roles.DistrictReviewer}][selected]"));

        var none = await GetOkAsync(admin, "/Admin/Users?q=khong-co-ai");
        Assert.Empty(ListedUsers(none));
        Assert.Contains(Vi("No user matches."), none.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task User_list_filter_by_name_ignores_letter_case()
    {
        var admin = await AdminAsync(factory);

        var page = await GetOkAsync(admin, "/Admin/Users?q=" + Uri.EscapeDataString("hồng nhung"));

        Assert.Equal(new[] { await AdminIdAsync(factory) }, ListedUsers(page));
    }

    [Fact]
    public async Task User_list_pages_twenty_accounts_at_a_time()
    {
        for (var i = 1; i <= 8; i++)
        {
            await factory.CreateUserAsync($"trang.thu.{i}@danvan.local", KnownPassword, Roles.Viewer, "HN-CG-DV-UBND", mustChangePassword: false);
        }

        var admin = await AdminAsync(factory);
        var all = await factory.QueryAsync(db => db.Users.Select(u => u.Id).ToListAsync());
        var pages = (all.Count + 19) / 20;
        Assert.True(pages >= 2, "There should be more than one page of users.");

        var first = await GetOkAsync(admin, "/Admin/Users");
        Assert.Contains($"Trang 1/{pages} ({all.Count} mục)", first.Text, StringComparison.Ordinal);
        Assert.Equal(20, ListedUsers(first).Count);
        var listed = new HashSet<string>(ListedUsers(first), StringComparer.Ordinal);
        for (var p = 2; p <= pages; p++)
        {
            var page = await GetOkAsync(admin, $"/Admin/Users?p={p}");
            Assert.Contains($"Trang {p}/{pages} ({all.Count} mục)", page.Text, StringComparison.Ordinal);
            listed.UnionWith(ListedUsers(page));
        }

        Assert.Equal(all.Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));

        var filtered = await GetOkAsync(admin, "/Admin/Users?q=trang.thu");
        Assert.Contains("Trang 1/1 (8 mục)", filtered.Text, StringComparison.Ordinal);
        Assert.Equal(8, ListedUsers(filtered).Count);
    }
}
