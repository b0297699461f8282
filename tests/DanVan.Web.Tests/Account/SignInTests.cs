using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using DanVan.Data.Seeding;
using DanVan.Web.Tests.Infrastructure;

namespace DanVan.Web.Tests.Account;

/// <summary>Signing in and out through the real pages; each test uses its own demo account so failures do not add up.</summary>
public sealed class SignInTests(DanVanFactory factory) : IClassFixture<DanVanFactory>
{
    [Fact]
    public async Task Sign_in_redirects_home_where_the_users_name_and_agency_are_shown()
    {
        using var client = factory.CreateBrowserLikeClient();

        var response = await SignIn.PostLoginAsync(client, DemoAccounts.HangBacHead, DemoAccounts.Password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
        var home = await HtmlPage.GetAsync(client, "/");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Equal("Dương Văn Nam", home.Document.QuerySelector("[data-testid=user-name]")?.TextContent.Trim());
        Assert.Contains("Xin chào, Dương Văn Nam", home.Document.QuerySelector("h1")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("Ủy ban nhân dân phường Hàng Bạc", home.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_password_shows_the_Vietnamese_message_and_keeps_the_typed_email()
    {
        using var client = factory.CreateBrowserLikeClient();

        var response = await SignIn.PostLoginAsync(client, DemoAccounts.HangBacStaff, "Sai@MatKhau2026");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlPage.ParseAsync(response);
        Assert.Contains("Địa chỉ thư điện tử hoặc mật khẩu không đúng, hoặc tài khoản đang bị khóa.", page.Text, StringComparison.Ordinal);
        Assert.Equal(DemoAccounts.HangBacStaff, page.Document.QuerySelector<IHtmlInputElement>("input[name='Input.Email']")?.Value);
        Assert.DoesNotContain(response.Headers, h => h.Key == "Set-Cookie" && h.Value.Any(v => v.StartsWith("DanVan.Auth=", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Empty_fields_show_Vietnamese_required_messages()
    {
        using var client = factory.CreateBrowserLikeClient();

        var response = await SignIn.PostLoginAsync(client, string.Empty, string.Empty);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlPage.ParseAsync(response);
        Assert.Equal("Hãy nhập địa chỉ thư điện tử.", page.Document.QuerySelector("[data-valmsg-for='Input.Email']")?.TextContent.Trim());
        Assert.Equal("Hãy nhập mật khẩu.", page.Document.QuerySelector("[data-valmsg-for='Input.Password']")?.TextContent.Trim());
    }

    [Fact]
    public async Task Sixth_attempt_after_five_failures_is_locked_out_even_with_the_right_password()
    {
        using var client = factory.CreateBrowserLikeClient();
        var message = RepositoryFiles.Vietnamese["The e-mail address or the password is wrong, or the account is locked. An account is locked for 15 minutes after 5 failed attempts; an administrator can also unlock it."];

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            var failed = await HtmlPage.ParseAsync(await SignIn.PostLoginAsync(client, DemoAccounts.PhucXaHead, $"Sai@MatKhau{attempt}"));
            Assert.Contains(message, failed.Text, StringComparison.Ordinal);
        }

        await SignIn.PostLoginAsync(client, DemoAccounts.PhucXaHead, "Sai@MatKhau5");
        var sixth = await SignIn.PostLoginAsync(client, DemoAccounts.PhucXaHead, DemoAccounts.Password);

        Assert.Equal(HttpStatusCode.OK, sixth.StatusCode);
        var page = await HtmlPage.ParseAsync(sixth);
        Assert.Contains(message, page.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task Sign_out_through_the_layout_form_ends_the_session()
    {
        using var client = await SignIn.AsAsync(factory, DemoAccounts.HangBacViewer);
        var home = await HtmlPage.GetAsync(client, "/");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);

        var response = await home.PostFormAsync(client, "form[action='/Account/Logout']", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
        var after = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/Account/Login", after.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Auth_cookie_is_HttpOnly_Secure_and_SameSite_strict()
    {
        using var client = factory.CreateBrowserLikeClient();

        var response = await SignIn.PostLoginAsync(client, DemoAccounts.CityHead, DemoAccounts.Password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), v => v.StartsWith("DanVan.Auth=", StringComparison.Ordinal));
        var attributes = cookie.Split(';').Skip(1).Select(a => a.Trim().ToLowerInvariant()).ToList();
        Assert.Contains("httponly", attributes);
        Assert.Contains("secure", attributes);
        Assert.Contains("samesite=strict", attributes);
    }
}
