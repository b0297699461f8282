using System.Net;
using DanVan.Data.Seeding;
using DanVan.Web.Tests.Infrastructure;

namespace DanVan.Web.Tests.Authorization;

/// <summary>Refusals and missing records render the friendly Vietnamese error page, never technical details.</summary>
public sealed class ErrorPageTests(SignedInFactory factory) : IClassFixture<SignedInFactory>
{
    [Fact]
    public async Task Agency_outside_scope_renders_the_friendly_access_denied_page()
    {
        var client = await factory.ClientAsync(DemoAccounts.HangBacHead);

        var page = await HtmlPage.GetAsync(client, $"/Agencies/Details/{await factory.AgencyIdAsync("HN-SNV")}");

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        AssertFriendly(page, "Không có quyền truy cập");
        Assert.DoesNotContain("Sở Nội vụ", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Administration_for_a_non_administrator_renders_the_friendly_access_denied_page()
    {
        var client = await factory.ClientAsync(DemoAccounts.CityReviewer);

        var page = await HtmlPage.GetAsync(client, "/Admin");

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        AssertFriendly(page, "Không có quyền truy cập");
    }

    [Theory]
    [InlineData("/Agencies/Details/999999")]
    [InlineData("/Directives/Details/999999")]
    [InlineData("/Khong/Ton/Tai")]
    public async Task Unknown_page_or_record_renders_the_friendly_not_found_page(string url)
    {
        var client = await factory.ClientAsync(DemoAccounts.HangBacHead);

        var page = await HtmlPage.GetAsync(client, url);

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        AssertFriendly(page, "Không tìm thấy trang");
    }

    private static void AssertFriendly(HtmlPage page, string title)
    {
        Assert.Equal("vi", page.Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal(title, page.Document.QuerySelector("main h1")?.TextContent.Trim());
        Assert.DoesNotContain("Exception", page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", page.Text, StringComparison.Ordinal);
    }
}
