using System.Net;
using DanVan.Data.Identity;
using DanVan.Data.Seeding;
using DanVan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Tests.Seeding;

/// <summary>In production the reference data is seeded but no demo account or sample report is.</summary>
public sealed class ProductionSeedTests(ProductionFactory factory) : IClassFixture<ProductionFactory>
{
    [Fact]
    public async Task Production_has_the_directive_and_roles_but_no_user_at_all()
    {
        using var client = factory.CreateBrowserLikeClient();
        var signIn = await SignIn.PostLoginAsync(client, DemoAccounts.Admin, DemoAccounts.Password);

        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        Assert.Contains(RepositoryFiles.Vietnamese["The e-mail address or the password is wrong, or the account is locked. An account is locked for 15 minutes after 5 failed attempts; an administrator can also unlock it."], (await HtmlPage.ParseAsync(signIn)).Text, StringComparison.Ordinal);
        Assert.Equal(0, await factory.QueryAsync(db => db.Users.CountAsync()));
        Assert.Equal(0, await factory.QueryAsync(db => db.Reports.CountAsync()));
        Assert.Equal(19, await factory.QueryAsync(db => db.DirectiveTasks.CountAsync(t => t.Directive!.Code == DirectiveSeed.DirectiveCode)));
        Assert.Equal(Roles.All.Order(), (await factory.QueryAsync(db => db.Roles.Select(r => r.Name!).ToListAsync())).Order());
    }
}
