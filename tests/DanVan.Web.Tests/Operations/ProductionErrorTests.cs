using System.Net;
using DanVan.Data.Identity;
using DanVan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Tests.Operations;

/// <summary>In production, errors render the friendly Vietnamese page and never leak exception details.</summary>
public sealed class ProductionErrorTests(ThrowingProductionFactory factory) : IClassFixture<ThrowingProductionFactory>
{
    private const string Email = "vanhanh@danvan.local";
    private const string Password = "VanHanh@2026!";

    [Fact]
    public async Task Unknown_page_returns_404_with_the_friendly_page()
    {
        using var client = await SignedInAsync();

        var page = await HtmlPage.GetAsync(client, "/Khong-co-trang-nay");

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal("Không tìm thấy trang", page.Document.QuerySelector("main h1")?.TextContent.Trim());
    }

    [Fact]
    public async Task Exception_returns_500_with_the_friendly_page_and_no_details()
    {
        using var client = await SignedInAsync();

        var response = await client.GetAsync(ThrowingProductionFactory.ThrowPath);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        var page = await HtmlPage.ParseAsync(response);
        Assert.Equal("Đã xảy ra lỗi", page.Document.QuerySelector("main h1")?.TextContent.Trim());
        Assert.DoesNotContain(ThrowingProductionFactory.SecretMessage, body, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", body, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
    }

    private async Task<HttpClient> SignedInAsync()
    {
        await EnsureUserAsync();
        var client = factory.CreateBrowserLikeClient();
        var response = await SignIn.PostLoginAsync(client, Email, Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    private async Task EnsureUserAsync()
    {
        if (await factory.QueryAsync(db => db.Users.AnyAsync(u => u.Email == Email)))
        {
            return;
        }

        await factory.CreateUserAsync(Email, Password, Roles.Viewer, "HN-SNV", mustChangePassword: false);
    }
}
