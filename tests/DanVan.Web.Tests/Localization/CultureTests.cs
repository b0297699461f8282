using System.Net;
using DanVan.Web.Tests.Infrastructure;

namespace DanVan.Web.Tests.Localization;

/// <summary>Vietnamese by default; English on request, remembered in a cookie when chosen with the layout's button.</summary>
public sealed class CultureTests(DanVanFactory factory) : IClassFixture<DanVanFactory>
{
    [Fact]
    public async Task Interface_is_Vietnamese_by_default()
    {
        using var client = factory.CreateBrowserLikeClient();

        var page = await HtmlPage.GetAsync(client, "/Account/Login");

        Assert.Equal("vi", page.Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Đăng nhập", page.Document.QuerySelector("main h1")?.TextContent.Trim());
    }

    [Fact]
    public async Task Culture_in_the_query_string_shows_English()
    {
        using var client = factory.CreateBrowserLikeClient();

        var page = await HtmlPage.GetAsync(client, "/Account/Login?culture=en-US");

        Assert.Equal("en", page.Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Sign in", page.Document.QuerySelector("main h1")?.TextContent.Trim());
    }

    [Fact]
    public async Task Choosing_English_in_the_layout_sticks_for_the_next_requests()
    {
        using var client = factory.CreateBrowserLikeClient();
        var login = await HtmlPage.GetAsync(client, "/Account/Login");

        var response = await login.PostFormAsync(client, "form[action^='/Culture']", new Dictionary<string, string>(), "culture", "en-US");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/Login", response.Headers.Location?.OriginalString);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Culture=", StringComparison.Ordinal));
        Assert.Contains("max-age=31536000", cookie, StringComparison.Ordinal);
        for (var i = 0; i < 2; i++)
        {
            var page = await HtmlPage.GetAsync(client, "/Account/Login");
            Assert.Equal("en", page.Document.DocumentElement.GetAttribute("lang"));
            Assert.Equal("Sign in", page.Document.QuerySelector("main h1")?.TextContent.Trim());
        }

        var back = await (await HtmlPage.GetAsync(client, "/Account/Login")).PostFormAsync(client, "form[action^='/Culture']", new Dictionary<string, string>(), "culture", "vi-VN");
        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
        Assert.Equal("Đăng nhập", (await HtmlPage.GetAsync(client, "/Account/Login")).Document.QuerySelector("main h1")?.TextContent.Trim());
    }
}
