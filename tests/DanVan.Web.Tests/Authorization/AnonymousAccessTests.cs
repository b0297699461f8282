using System.Net;
using DanVan.Web.Tests.Infrastructure;

namespace DanVan.Web.Tests.Authorization;

/// <summary>Every page requires sign-in unless marked otherwise; the sign-in page, health check and static files do not.</summary>
public sealed class AnonymousAccessTests(DanVanFactory factory) : IClassFixture<DanVanFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/Directives")]
    [InlineData("/Directives/Details/1")]
    [InlineData("/Directives/Task/1")]
    [InlineData("/Agencies")]
    [InlineData("/Agencies/Details/1")]
    [InlineData("/Account/ChangePassword")]
    [InlineData("/Admin")]
    [InlineData("/Admin/Users")]
    [InlineData("/Admin/Units")]
    [InlineData("/Admin/Agencies")]
    public async Task Anonymous_user_is_sent_to_sign_in(string url)
    {
        using var client = factory.CreateBrowserLikeClient();

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location?.OriginalString ?? string.Empty;
        Assert.True(
            location.StartsWith("/Account/Login", StringComparison.Ordinal) || location.StartsWith("https://localhost/Account/Login", StringComparison.Ordinal),
            $"{url} redirected to '{location}'.");
    }

    [Theory]
    [InlineData("/Account/Login")]
    [InlineData("/healthz")]
    [InlineData("/css/site.css")]
    [InlineData("/lib/bootstrap/css/bootstrap.min.css")]
    public async Task Anonymous_user_may_open(string url)
    {
        using var client = factory.CreateBrowserLikeClient();

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
