using System.Net;
using DanVan.Data.Identity;
using DanVan.Data.Seeding;
using DanVan.Web.Tests.Admin;
using DanVan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static DanVan.Web.Tests.Account.TwoFactorSteps;

namespace DanVan.Web.Tests.Account;

/// <summary>
/// Two-factor sign-in with an authenticator app, through HTTP: enrolment, the second sign-in step with a code or a
/// recovery code, turning it off, and an administrator's reset. Codes are computed in the test for the portal's clock.
/// </summary>
public sealed class TwoFactorTests(DanVanFactory factory) : IClassFixture<DanVanFactory>
{
    [Fact]
    public async Task Enrolment_shows_an_inline_svg_qr_code_and_the_key_then_ten_recovery_codes_and_sign_in_asks_for_the_code()
    {
        var email = await NewUserAsync("enrol");
        using var client = factory.CreateBrowserLikeClient();
        Assert.Equal(HttpStatusCode.Redirect, (await SignIn.PostLoginAsync(client, email, Password)).StatusCode);

        var page = await HtmlPage.GetAsync(client, "/Account/TwoFactor");
        var svg = page.Document.QuerySelector("[data-testid=qr-code] svg");
        Assert.NotNull(svg);
        Assert.Equal("img", page.Document.QuerySelector("[data-testid=qr-code]")?.GetAttribute("role"));
        Assert.Empty(svg.QuerySelectorAll("script, image, foreignObject, [href]"));
        Assert.NotEmpty(svg.QuerySelectorAll("path, rect"));
        var grouped = page.Document.QuerySelector("[data-testid=authenticator-key]")!.TextContent.Trim();
        Assert.Matches("^([a-z2-7]{4} )+[a-z2-7]{1,4}$", grouped);
        Assert.Contains("no-store", page.Response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);

        var (key, codes) = await EnrolAsync(factory, client);
        Assert.Equal(KeyOf(page), key);
        Assert.Equal(10, codes.Distinct().Count());
        Assert.True(await factory.QueryAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.TwoFactorEnabled).SingleAsync()));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
        var again = await HtmlPage.GetAsync(client, "/Account/TwoFactor");
        Assert.Empty(again.Document.QuerySelectorAll("[data-testid=recovery-code]"));

        factory.Clock.Advance(TimeSpan.FromSeconds(30));
        using var next = factory.CreateBrowserLikeClient();
        var step = await PasswordStepAsync(next, email);
        Assert.Equal(HttpStatusCode.Redirect, (await next.GetAsync("/")).StatusCode);
        var signedIn = await CodeStepAsync(next, step, TotpCode.At(key, factory.Clock.GetUtcNow()));
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await next.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task A_wrong_code_a_replayed_code_and_a_code_of_another_time_are_refused_in_vietnamese()
    {
        var email = await NewUserAsync("wrong");
        var key = await SignInAndEnrolAsync(email);

        // A minute after the enrolment's step, so that the previous step's code has never been used.
        factory.Clock.Advance(TimeSpan.FromSeconds(60));
        using var client = factory.CreateBrowserLikeClient();
        var step = await PasswordStepAsync(client, email);
        var now = factory.Clock.GetUtcNow();
        var right = TotpCode.At(key, now);
        var wrong = right == "000000" ? "111111" : "000000";
        var expected = RepositoryFiles.Vietnamese["The code is wrong or has expired. Enter the code your app shows now."];
        Assert.Equal(expected, await RefusalAsync(await CodeStepAsync(client, step, wrong), "Code"));
        Assert.Equal(expected, await RefusalAsync(await CodeStepAsync(client, step, TotpCode.At(key, now.AddMinutes(-2))), "Code"));
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);

        // The code of the previous step is still accepted (a phone a little behind); once used, no code of that step or before is.
        Assert.Equal(HttpStatusCode.Redirect, (await CodeStepAsync(client, step, TotpCode.At(key, now.AddSeconds(-30)))).StatusCode);
        using var replay = factory.CreateBrowserLikeClient();
        var second = await PasswordStepAsync(replay, email);
        Assert.Equal(expected, await RefusalAsync(await CodeStepAsync(replay, second, TotpCode.At(key, now.AddSeconds(-30))), "Code"));
        Assert.Equal(HttpStatusCode.Redirect, (await CodeStepAsync(replay, second, right)).StatusCode);
    }

    [Fact]
    public async Task A_recovery_code_signs_in_once_and_its_reuse_is_refused()
    {
        var email = await NewUserAsync("recovery");
        using var enrolling = factory.CreateBrowserLikeClient();
        Assert.Equal(HttpStatusCode.Redirect, (await SignIn.PostLoginAsync(enrolling, email, Password)).StatusCode);
        var (_, codes) = await EnrolAsync(factory, enrolling);

        using var first = factory.CreateBrowserLikeClient();
        var signedIn = await CodeStepAsync(first, await PasswordStepAsync(first, email), codes[3], recovery: true);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await first.GetAsync("/")).StatusCode);
        Assert.Contains("9", (await HtmlPage.GetAsync(first, "/Account/TwoFactor")).Text, StringComparison.Ordinal);

        using var second = factory.CreateBrowserLikeClient();
        var step = await PasswordStepAsync(second, email);
        Assert.Equal(RepositoryFiles.Vietnamese["The recovery code is wrong or has already been used."], await RefusalAsync(await CodeStepAsync(second, step, codes[3], recovery: true), "RecoveryCode"));
        Assert.Equal(HttpStatusCode.Redirect, (await second.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await CodeStepAsync(second, step, codes[4], recovery: true)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task Turning_it_off_needs_the_box_then_sign_in_asks_only_for_the_password()
    {
        var email = await NewUserAsync("disable");
        using var client = factory.CreateBrowserLikeClient();
        Assert.Equal(HttpStatusCode.Redirect, (await SignIn.PostLoginAsync(client, email, Password)).StatusCode);
        await EnrolAsync(factory, client);

        var page = await HtmlPage.GetAsync(client, "/Account/TwoFactor");
        var unconfirmed = await HtmlPage.ParseAsync(await page.PostFormAsync(client, "form[action*='handler=Disable']", new Dictionary<string, string>()));
        Assert.Contains(RepositoryFiles.Vietnamese["Tick the box to confirm."], unconfirmed.Text, StringComparison.Ordinal);
        var off = await page.PostFormAsync(client, "form[action*='handler=Disable']", new Dictionary<string, string> { ["confirm"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, off.StatusCode);
        Assert.Contains(RepositoryFiles.Vietnamese["Two-factor sign-in is off."], (await HtmlPage.GetAsync(client, "/Account/TwoFactor")).Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
        Assert.False(await factory.QueryAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.TwoFactorEnabled).SingleAsync()));
        var userId = await UserIdAsync(email);
        Assert.Single(await factory.AuditAsync("user.disableTwoFactor", userId));

        using var next = factory.CreateBrowserLikeClient();
        var signedIn = await SignIn.PostLoginAsync(next, email, Password);
        Assert.Equal("/", signedIn.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task An_administrator_resets_a_users_two_factor_audited_and_the_users_sessions_end()
    {
        var email = await NewUserAsync("admin-reset");
        var key = await SignInAndEnrolAsync(email);
        factory.Clock.Advance(TimeSpan.FromSeconds(30));
        using var user = factory.CreateBrowserLikeClient();
        Assert.Equal(HttpStatusCode.Redirect, (await CodeStepAsync(user, await PasswordStepAsync(user, email), TotpCode.At(key, factory.Clock.GetUtcNow()))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await user.GetAsync("/")).StatusCode);
        var userId = await UserIdAsync(email);

        using var admin = await SignIn.AsAsync(factory, DemoAccounts.Admin);
        var edit = await HtmlPage.GetAsync(admin, $"/Admin/Users/Edit/{userId}");
        Assert.Contains(RepositoryFiles.Vietnamese["Two-factor sign-in is on."], edit.Text, StringComparison.Ordinal);
        var reset = await edit.PostFormAsync(admin, "form[action*='handler=ResetTwoFactor']", new Dictionary<string, string> { ["confirm"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);

        var audit = await factory.SingleAuditAsync("user.resetTwoFactor", userId);
        Assert.True(AdminPages.Property(audit.Before, "TwoFactorEnabled").GetBoolean());
        Assert.False(AdminPages.Property(audit.After, "TwoFactorEnabled").GetBoolean());
        var ended = await user.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        Assert.Contains("/Account/Login", ended.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.False(await factory.QueryAsync(db => db.Users.Where(u => u.Id == userId).Select(u => u.TwoFactorEnabled).SingleAsync()));

        using var again = factory.CreateBrowserLikeClient();
        Assert.Equal("/", (await SignIn.PostLoginAsync(again, email, Password)).Headers.Location?.OriginalString);
        Assert.NotEqual(key, KeyOf(await HtmlPage.GetAsync(again, "/Account/TwoFactor")));
    }

    private async Task<string> SignInAndEnrolAsync(string email)
    {
        using var client = factory.CreateBrowserLikeClient();
        Assert.Equal(HttpStatusCode.Redirect, (await SignIn.PostLoginAsync(client, email, Password)).StatusCode);
        return (await EnrolAsync(factory, client)).Key;
    }

    private Task<string> UserIdAsync(string email) => factory.QueryAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    private async Task<string> NewUserAsync(string name)
    {
        var email = $"hai-lop.{name}@danvan.local";
        await factory.CreateUserAsync(email, Password, Roles.AgencyStaff, "HN-HK-HB-UBND", mustChangePassword: false);
        return email;
    }
}
