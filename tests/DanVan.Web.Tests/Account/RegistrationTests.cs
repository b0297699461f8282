using System.Net;
using DanVan.Data.Seeding;
using DanVan.Web.Tests.Infrastructure;

namespace DanVan.Web.Tests.Account;

/// <summary>There is no self-registration: administrators provision every account.</summary>
public sealed class RegistrationTests(DanVanFactory factory) : IClassFixture<DanVanFactory>
{
    [Theory]
    [InlineData("/Account/Register")]
    [InlineData("/Identity/Account/Register")]
    public async Task Registration_pages_are_not_offered_to_anonymous_users(string url)
    {
        using var client = factory.CreateBrowserLikeClient();

        var response = await client.GetAsync(url);

        // Unknown paths fall under the fallback policy (sign-in required), so anonymous callers are sent to sign in
        // rather than told 404; either way no registration form is served.
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        if (response.StatusCode != HttpStatusCode.NotFound)
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/Account/Login?ReturnUrl=", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("/Account/Register")]
    [InlineData("/Identity/Account/Register")]
    public async Task Registration_pages_do_not_exist_for_signed_in_users(string url)
    {
        using var client = await SignIn.AsAsync(factory, DemoAccounts.HoanKiemViewer);

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
