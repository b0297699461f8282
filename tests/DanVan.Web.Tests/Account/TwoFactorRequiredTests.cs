using System.Net;
using DanVan.Data.Identity;
using DanVan.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using static DanVan.Web.Tests.Account.TwoFactorSteps;

namespace DanVan.Web.Tests.Account;

/// <summary>With <c>TwoFactor:RequiredRoles</c>, a user of such a role must enrol before any other page opens; other roles are not asked.</summary>
public sealed class TwoFactorRequiredTests(TwoFactorRequiredTests.RequiredFactory factory) : IClassFixture<TwoFactorRequiredTests.RequiredFactory>
{
    private static readonly string[] Pages = ["/", "/Review", "/Dashboard", "/Directives", "/Agencies", "/Reports", "/Notifications"];

    [Fact]
    public async Task A_reviewer_is_sent_to_enrolment_from_every_page_cannot_turn_it_off_and_enters_once_enrolled()
    {
        const string email = "bat-buoc.thamdinh@danvan.local";
        await factory.CreateUserAsync(email, Password, Roles.CityReviewer, "HN-BCSD", mustChangePassword: false);
        using var client = factory.CreateBrowserLikeClient();
        Assert.Equal(HttpStatusCode.Redirect, (await SignIn.PostLoginAsync(client, email, Password)).StatusCode);

        foreach (var url in Pages)
        {
            var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/Account/TwoFactor", response.Headers.Location?.OriginalString);
        }

        var page = await HtmlPage.GetAsync(client, "/Account/TwoFactor");
        Assert.Contains(RepositoryFiles.Vietnamese["Your role requires two-factor sign-in. Before you continue, set up an authenticator app."], page.Text, StringComparison.Ordinal);
        var key = (await EnrolAsync(factory, client)).Key;
        foreach (var url in Pages)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url)).StatusCode);
        }

        var enabled = await HtmlPage.GetAsync(client, "/Account/TwoFactor");
        Assert.Null(enabled.Document.QuerySelector("form[action*='handler=Disable']"));
        var refused = await client.PostAsync("/Account/TwoFactor?handler=Disable", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = enabled.AntiforgeryToken(), ["confirm"] = "true" }));
        Assert.Contains(RepositoryFiles.Vietnamese["Your role requires two-factor sign-in: it cannot be turned off. Reset it to move to a new phone."], (await HtmlPage.ParseAsync(refused)).Text, StringComparison.Ordinal);

        factory.Clock.Advance(TimeSpan.FromSeconds(30));
        using var next = factory.CreateBrowserLikeClient();
        Assert.Equal(HttpStatusCode.Redirect, (await CodeStepAsync(next, await PasswordStepAsync(next, email), TotpCode.At(key, factory.Clock.GetUtcNow()))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await next.GetAsync("/Review")).StatusCode);
    }

    [Fact]
    public async Task A_role_not_listed_is_not_asked()
    {
        const string email = "khong-bat-buoc@danvan.local";
        await factory.CreateUserAsync(email, Password, Roles.Viewer, "HN-SNV", mustChangePassword: false);
        using var client = factory.CreateBrowserLikeClient();
        Assert.Equal("/", (await SignIn.PostLoginAsync(client, email, Password)).Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
    }

    /// <summary>The portal with two-factor sign-in required of city and district reviewers.</summary>
    public sealed class RequiredFactory : DanVanFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("TwoFactor:RequiredRoles", $"{Roles.CityReviewer}, {Roles.DistrictReviewer}");
        }
    }
}
