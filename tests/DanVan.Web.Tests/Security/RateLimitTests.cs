using System.Net;
using DanVan.Data.Identity;
using DanVan.Data.Seeding;
using DanVan.Web.Hosting;
using DanVan.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Web.Tests.Security;

/// <summary>
/// Credential attempts (sign-in, second-factor code, password change, password reset) are limited per client address and per account name;
/// past the limit the portal answers 429 with the Vietnamese page. The host has small limits and a window of an hour,
/// so no test depends on how fast it runs; each test comes from addresses of its own.
/// </summary>
public sealed class RateLimitTests(RateLimitTests.LimitedFactory factory) : IClassFixture<RateLimitTests.LimitedFactory>
{
    private const string Password = "GioiHan@2026!";

    [Fact]
    public async Task The_attempt_past_the_account_limit_is_refused_with_the_429_page_even_with_the_right_password_and_from_elsewhere()
    {
        var email = await NewUserAsync("per-account");
        using var first = Client("192.0.2.1");
        for (var attempt = 1; attempt <= LimitedFactory.PerAccount; attempt++)
        {
            Assert.Equal(HttpStatusCode.OK, (await SignIn.PostLoginAsync(first, email, $"Sai@MatKhau{attempt}")).StatusCode);
        }

        var refused = await SignIn.PostLoginAsync(first, email, Password);
        using var elsewhere = Client("192.0.2.2");
        var fromElsewhere = await SignIn.PostLoginAsync(elsewhere, email, Password);

        await AssertTooManyAsync(refused);
        Assert.True(int.TryParse(Assert.Single(refused.Headers.GetValues("Retry-After")), out var seconds) && seconds > 0);
        await AssertTooManyAsync(fromElsewhere);
    }

    [Fact]
    public async Task The_attempt_past_the_address_limit_is_refused_whatever_the_account_and_other_addresses_go_on()
    {
        using var client = Client("192.0.2.3");
        for (var attempt = 1; attempt <= LimitedFactory.PerAddress; attempt++)
        {
            Assert.Equal(HttpStatusCode.OK, (await SignIn.PostLoginAsync(client, $"khong-co-{attempt}@danvan.local", "Sai@MatKhau1")).StatusCode);
        }

        await AssertTooManyAsync(await SignIn.PostLoginAsync(client, "khong-co-nua@danvan.local", "Sai@MatKhau1"));
        using var other = Client("192.0.2.4");
        Assert.Equal(HttpStatusCode.OK, (await SignIn.PostLoginAsync(other, "khong-co-nua@danvan.local", "Sai@MatKhau1")).StatusCode);
    }

    [Fact]
    public async Task Behind_a_trusted_proxy_the_address_counted_is_the_forwarded_one()
    {
        using var proxy = Client("127.0.0.1");
        for (var attempt = 1; attempt <= LimitedFactory.PerAddress; attempt++)
        {
            Assert.Equal(HttpStatusCode.OK, (await SignInForwardedAsync(proxy, "203.0.113.1", $"qua-proxy-{attempt}@danvan.local")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await SignInForwardedAsync(proxy, "203.0.113.1", "qua-proxy-nua@danvan.local")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await SignInForwardedAsync(proxy, "203.0.113.2", "qua-proxy-nua@danvan.local")).StatusCode);
    }

    [Fact]
    public async Task Opening_the_sign_in_page_is_never_limited()
    {
        using var client = Client("192.0.2.5");

        for (var request = 0; request < 3 * LimitedFactory.PerAddress; request++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Account/Login")).StatusCode);
        }
    }

    [Fact]
    public async Task Password_changes_count_against_the_account_with_its_sign_in()
    {
        var email = await NewUserAsync("change");
        using var client = Client("192.0.2.6");
        Assert.Equal(HttpStatusCode.Redirect, (await SignIn.PostLoginAsync(client, email, Password)).StatusCode);

        var answers = new List<HttpStatusCode>();
        for (var attempt = 1; attempt <= LimitedFactory.PerAccount; attempt++)
        {
            var form = await HtmlPage.GetAsync(client, "/Account/ChangePassword");
            var response = await form.PostFormAsync(client, "main form", new Dictionary<string, string>
            {
                ["Input.OldPassword"] = $"Sai@MatKhau{attempt}", ["Input.NewPassword"] = "MatKhauMoi@2027!", ["Input.ConfirmPassword"] = "MatKhauMoi@2027!",
            });
            answers.Add(response.StatusCode);
            if (attempt == LimitedFactory.PerAccount)
            {
                await AssertTooManyAsync(response);
            }
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], answers);
    }

    [Fact]
    public async Task Password_resets_by_an_administrator_are_limited_and_the_other_actions_of_the_page_are_not()
    {
        var target = await NewUserAsync("reset");
        var targetId = await factory.QueryAsync(db => db.Users.Where(u => u.Email == target).Select(u => u.Id).SingleAsync());
        using var admin = Client("192.0.2.7");
        Assert.Equal(HttpStatusCode.Redirect, (await SignIn.PostLoginAsync(admin, DemoAccounts.Admin, DemoAccounts.Password)).StatusCode);

        var answers = new List<HttpStatusCode>();
        for (var attempt = 1; attempt <= LimitedFactory.PerAccount; attempt++)
        {
            var edit = await HtmlPage.GetAsync(admin, $"/Admin/Users/Edit/{targetId}");
            answers.Add((await edit.PostFormAsync(admin, "main form[action*='handler=ResetPassword']", new Dictionary<string, string> { ["confirm"] = "true" })).StatusCode);
        }

        var page = await HtmlPage.GetAsync(admin, $"/Admin/Users/Edit/{targetId}");
        var lockResponse = await page.PostFormAsync(admin, "main form[action*='handler=Lock']", new Dictionary<string, string> { ["confirm"] = "true" });

        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.TooManyRequests], answers);
        Assert.Equal(HttpStatusCode.Redirect, lockResponse.StatusCode);
    }

    [Fact]
    public void The_defaults_are_ten_a_minute_per_account_and_thirty_per_address()
    {
        var defaults = new CredentialLimits();
        var settings = RepositoryFiles.ReadJson(Path.Combine(RepositoryFiles.WebProject, "appsettings.json"));

        Assert.Equal((10, 30, TimeSpan.FromMinutes(1)), (defaults.PerAccount, defaults.PerAddress, defaults.Window));
        Assert.Equal("10", settings["RateLimits:PerAccount"]);
        Assert.Equal("30", settings["RateLimits:PerAddress"]);
        Assert.Equal("00:01:00", settings["RateLimits:Window"]);
    }

    [Fact]
    public async Task Second_factor_codes_are_limited_per_pending_account()
    {
        var email = await NewUserAsync("two-factor");
        string key;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var user = (await users.FindByEmailAsync(email))!;
            await users.ResetAuthenticatorKeyAsync(user);
            await users.SetTwoFactorEnabledAsync(user, true);
            key = (await users.GetAuthenticatorKeyAsync(user))!;
        }

        using var client = Client("192.0.2.9");
        var step = await SignIn.PostLoginAsync(client, email, Password);
        var form = await HtmlPage.GetAsync(client, step.Headers.Location!.OriginalString);
        for (var attempt = 1; attempt <= LimitedFactory.PerAccount; attempt++)
        {
            Assert.Equal(HttpStatusCode.OK, (await form.PostFormAsync(client, "#code-form", new Dictionary<string, string> { ["Code"] = "000000" })).StatusCode);
        }

        using var elsewhere = Client("192.0.2.10");
        var again = await SignIn.PostLoginAsync(elsewhere, email, Password);
        var other = await HtmlPage.GetAsync(elsewhere, again.Headers.Location!.OriginalString);
        await AssertTooManyAsync(await other.PostFormAsync(elsewhere, "#code-form", new Dictionary<string, string> { ["Code"] = TotpCode.At(key, factory.Clock.GetUtcNow()) }));
    }

    private static async Task AssertTooManyAsync(HttpResponseMessage response)
    {
        var page = await HtmlPage.ParseAsync(response);
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal("Quá nhiều lần thử", page.Document.QuerySelector("main h1")?.TextContent.Trim());
        Assert.Contains(RepositoryFiles.Vietnamese["There have been too many attempts in a short time. Wait a minute and try again."], page.Text, StringComparison.Ordinal);
    }

    /// <summary>A failed sign-in relayed by the proxy <paramref name="proxy"/> for the client <paramref name="client"/>.</summary>
    private static async Task<HttpResponseMessage> SignInForwardedAsync(HttpClient proxy, string client, string email)
    {
        var page = await HtmlPage.GetAsync(proxy, "/Account/Login");
        var token = page.Document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value") ?? string.Empty;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/Account/Login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["Input.Email"] = email, ["Input.Password"] = "Sai@MatKhau1" }),
        };
        request.Headers.Add("X-Forwarded-For", client);
        request.Headers.Add("X-Forwarded-Proto", "https");
        return await proxy.SendAsync(request);
    }

    private HttpClient Client(string address)
    {
        var client = factory.CreateBrowserLikeClient();
        client.DefaultRequestHeaders.Add(ClientAddress.Header, address);
        return client;
    }

    private async Task<string> NewUserAsync(string name)
    {
        var email = $"limit.{name}@danvan.local";
        await factory.CreateUserAsync(email, Password, Roles.AgencyStaff, "HN-HK-HB-UBND", mustChangePassword: false);
        return email;
    }

    /// <summary>The portal with small credential limits in a window of an hour.</summary>
    public sealed class LimitedFactory : DanVanFactory
    {
        public const int PerAccount = 3;
        public const int PerAddress = 5;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("RateLimits:PerAccount", PerAccount.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.UseSetting("RateLimits:PerAddress", PerAddress.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.UseSetting("RateLimits:Window", "01:00:00");
        }
    }
}
