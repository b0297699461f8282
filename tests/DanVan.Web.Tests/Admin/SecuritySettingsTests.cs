using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using DanVan.Data.Identity;
using DanVan.Data.Seeding;
using DanVan.Domain.Settings;
using DanVan.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using static DanVan.Web.Tests.Admin.AdminPages;

namespace DanVan.Web.Tests.Admin;

/// <summary>Administrators choose in the browser which roles must sign in with two factors; configuration stays the floor.</summary>
public sealed class SecuritySettingsTests(SignedInFactory factory) : IClassFixture<SignedInFactory>
{
    private static readonly string[] Pages = ["/", "/Review", "/Dashboard", "/Directives", "/Agencies", "/Notifications"];

    [Fact]
    public async Task Ticking_reviewers_sends_a_signed_in_reviewer_without_two_factor_to_enrolment_from_every_page_and_unticking_lifts_it()
    {
        var admin = await factory.ClientAsync(DemoAccounts.Admin);
        var reviewer = await factory.ClientAsync(DemoAccounts.CityReviewer);
        Assert.Equal(HttpStatusCode.OK, (await reviewer.GetAsync("/Review")).StatusCode);

        var form = await GetOkAsync(admin, "/Admin/Security");
        var saved = await form.SubmitAsync(admin, "form[data-testid=security-form]", new Dictionary<string, string> { ["RequiredRoles"] = Roles.CityReviewer });
        Assert.Equal(Vi("The security settings have been saved."), (await FollowAsync(admin, saved)).StatusMessage());
        Assert.True(Box(await GetOkAsync(admin, "/Admin/Security"), Roles.CityReviewer).IsChecked);

        foreach (var url in Pages)
        {
            var response = await reviewer.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/Account/TwoFactor", response.Headers.Location?.OriginalString);
        }

        Assert.Equal(HttpStatusCode.OK, (await (await factory.ClientAsync(DemoAccounts.HoanKiemReviewer)).GetAsync("/Review")).StatusCode);
        var ticked = await factory.SingleAuditAsync("settings.twoFactor", PortalSetting.TwoFactorRequiredRoles);
        Assert.Empty(Property(ticked.Before, "Roles").EnumerateArray());
        Assert.Equal([Roles.CityReviewer], Property(ticked.After, "Roles").EnumerateArray().Select(r => r.GetString()!));

        var unticked = await (await GetOkAsync(admin, "/Admin/Security")).SubmitAsync(admin, "form[data-testid=security-form]", new Dictionary<string, string> { ["RequiredRoles"] = string.Empty });
        await FollowAsync(admin, unticked);
        foreach (var url in Pages)
        {
            Assert.Equal(HttpStatusCode.OK, (await reviewer.GetAsync(url)).StatusCode);
        }

        Assert.Equal(2, (await factory.AuditAsync("settings.twoFactor", PortalSetting.TwoFactorRequiredRoles)).Count);
    }

    [Fact]
    public async Task A_role_that_is_not_the_portals_is_refused_with_a_message_and_nothing_saved()
    {
        var admin = await factory.ClientAsync(DemoAccounts.Admin);
        var form = await GetOkAsync(admin, "/Admin/Security");
        var audited = (await factory.AuditAsync("settings.twoFactor", PortalSetting.TwoFactorRequiredRoles)).Count;

        var refused = await HtmlPage.ParseAsync(await form.SubmitAsync(admin, "form[data-testid=security-form]", new Dictionary<string, string> { ["RequiredRoles"] = "Chairman" }));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal(Vi("Choose among the portal's roles."), refused.FieldError("RequiredRoles"));
        Assert.Equal(audited, (await factory.AuditAsync("settings.twoFactor", PortalSetting.TwoFactorRequiredRoles)).Count);
    }

    [Theory]
    [InlineData(DemoAccounts.CityReviewer)]
    [InlineData(DemoAccounts.HangBacHead)]
    public async Task Non_administrators_get_403(string account)
    {
        var client = await factory.ClientAsync(account);
        var token = (await HtmlPage.GetAsync(client, "/Account/ChangePassword")).AntiforgeryToken();

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/Admin/Security")).StatusCode);
        var post = await client.PostAsync("/Admin/Security", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["RequiredRoles"] = Roles.Viewer }));
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
    }

    internal static IHtmlInputElement Box(HtmlPage page, string role) =>
        page.Document.QuerySelector<IHtmlInputElement>($"#role-{role}") ?? throw new InvalidOperationException($"No box for {role}.");
}

/// <summary>A role required by configuration stays required whatever administrators tick.</summary>
public sealed class SecurityConfigurationFloorTests(SecurityConfigurationFloorTests.FloorFactory factory) : IClassFixture<SecurityConfigurationFloorTests.FloorFactory>
{
    [Fact]
    public async Task A_role_required_by_configuration_is_shown_locked_and_stays_required_when_everything_is_unticked()
    {
        var admin = await factory.ClientAsync(DemoAccounts.Admin);
        var reviewer = await factory.ClientAsync(DemoAccounts.HoanKiemReviewer);
        var page = await GetOkAsync(admin, "/Admin/Security");
        var box = SecuritySettingsTests.Box(page, Roles.DistrictReviewer);
        Assert.True(box.IsChecked && box.IsDisabled);

        await FollowAsync(admin, await page.SubmitAsync(admin, "form[data-testid=security-form]", new Dictionary<string, string> { ["RequiredRoles"] = string.Empty }));

        var response = await reviewer.GetAsync("/Review");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/TwoFactor", response.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await (await factory.ClientAsync(DemoAccounts.CityReviewer)).GetAsync("/Review")).StatusCode);
    }

    /// <summary>The portal with two-factor sign-in required of district reviewers by configuration.</summary>
    public sealed class FloorFactory : SignedInFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("TwoFactor:RequiredRoles", Roles.DistrictReviewer);
        }
    }
}
