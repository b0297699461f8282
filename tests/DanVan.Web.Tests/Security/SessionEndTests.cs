using System.Net;
using DanVan.Data.Identity;
using DanVan.Data.Seeding;
using DanVan.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using static DanVan.Web.Tests.Admin.AdminPages;

namespace DanVan.Web.Tests.Security;

/// <summary>
/// Signing out, and an administrator locking an account, resetting its password or changing its role or agency, end
/// every session of that user at once: the cookie's security stamp is checked against the database on every request.
/// </summary>
public sealed class SessionEndTests(SignedInFactory factory) : IClassFixture<SignedInFactory>
{
    private const string Password = "PhienLam@2026!";

    [Fact]
    public async Task A_cookie_replayed_after_sign_out_is_sent_to_sign_in()
    {
        var email = await NewUserAsync("replay");
        using var client = factory.CreateBrowserLikeClient();
        var signIn = await SignIn.PostLoginAsync(client, email, Password);
        var cookie = AuthCookie(signIn) ?? throw new InvalidOperationException("No sign-in cookie.");
        var home = await HtmlPage.GetAsync(client, "/");
        Assert.Equal(HttpStatusCode.OK, await ReplayAsync(cookie));

        Assert.Equal(HttpStatusCode.Redirect, (await home.PostFormAsync(client, "form[action='/Account/Logout']", new Dictionary<string, string>())).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, await ReplayAsync(cookie));
    }

    [Fact]
    public async Task Signing_out_on_one_device_ends_the_session_on_the_other()
    {
        var email = await NewUserAsync("two-devices");
        using var phone = await SignedInAsync(email);
        using var desk = await SignedInAsync(email);
        var home = await HtmlPage.GetAsync(phone, "/");

        await home.PostFormAsync(phone, "form[action='/Account/Logout']", new Dictionary<string, string>());

        await AssertSignedOutAsync(desk);
    }

    [Fact]
    public async Task Locking_an_account_ends_its_open_session()
    {
        var email = await NewUserAsync("lock");
        using var user = await SignedInAsync(email);
        var (admin, edit) = await EditPageAsync(email);

        await FollowAsync(admin, await edit.SubmitAsync(admin, "main form[action*='handler=Lock']", new Dictionary<string, string> { ["confirm"] = "true" }));

        await AssertSignedOutAsync(user);
    }

    [Fact]
    public async Task Resetting_a_password_ends_the_users_open_session()
    {
        var email = await NewUserAsync("reset");
        using var user = await SignedInAsync(email);
        var (admin, edit) = await EditPageAsync(email);

        await FollowAsync(admin, await edit.SubmitAsync(admin, "main form[action*='handler=ResetPassword']", new Dictionary<string, string> { ["confirm"] = "true" }));

        await AssertSignedOutAsync(user);
    }

    [Fact]
    public async Task Changing_the_role_ends_the_users_open_session()
    {
        var email = await NewUserAsync("role");
        using var user = await SignedInAsync(email);
        var (admin, edit) = await EditPageAsync(email);

        await FollowAsync(admin, await edit.SubmitAsync(admin, MainForm, new Dictionary<string, string> { ["Input.Role"] = Roles.AgencyHead }));

        await AssertSignedOutAsync(user);
    }

    [Fact]
    public async Task Changing_the_agency_ends_the_users_open_session()
    {
        var email = await NewUserAsync("agency");
        using var user = await SignedInAsync(email);
        var (admin, edit) = await EditPageAsync(email);

        await FollowAsync(admin, await edit.SubmitAsync(admin, MainForm, new Dictionary<string, string> { ["Input.AgencyId"] = Id(await factory.AgencyIdAsync("HN-HK-TT-UBND")) }));

        await AssertSignedOutAsync(user);
    }

    [Fact]
    public async Task Renaming_the_user_keeps_the_session_and_an_ordinary_request_does_not_reissue_the_cookie()
    {
        var email = await NewUserAsync("rename");
        using var user = await SignedInAsync(email);
        var (admin, edit) = await EditPageAsync(email);

        await FollowAsync(admin, await edit.SubmitAsync(admin, MainForm, new Dictionary<string, string> { ["Input.FullName"] = "Người Dùng Đổi Tên" }));

        var home = await user.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Null(AuthCookie(home));
    }

    [Fact]
    public async Task Changing_ones_own_password_keeps_this_session_and_ends_the_others()
    {
        var email = await NewUserAsync("own-password");
        using var phone = await SignedInAsync(email);
        using var desk = await SignedInAsync(email);
        var form = await HtmlPage.GetAsync(phone, "/Account/ChangePassword");

        var changed = await form.PostFormAsync(phone, "main form", new Dictionary<string, string>
        {
            ["Input.OldPassword"] = Password, ["Input.NewPassword"] = "MatKhauMoi@2027!", ["Input.ConfirmPassword"] = "MatKhauMoi@2027!",
        });

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await phone.GetAsync("/")).StatusCode);
        await AssertSignedOutAsync(desk);
    }

    [Fact]
    public async Task An_administrator_changing_their_own_agency_stays_signed_in()
    {
        var email = await NewUserAsync("own-agency", Roles.Administrator);
        using var admin = await SignedInAsync(email);
        var userId = await factory.QueryAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
        var edit = await HtmlPage.GetAsync(admin, $"/Admin/Users/Edit/{userId}");

        await FollowAsync(admin, await edit.SubmitAsync(admin, MainForm, new Dictionary<string, string> { ["Input.AgencyId"] = Id(await factory.AgencyIdAsync("HN-SNV")) }));

        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/Admin/Users")).StatusCode);
    }

    private static async Task AssertSignedOutAsync(HttpClient client)
    {
        var next = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, next.StatusCode);
        Assert.StartsWith("/Account/Login", next.Headers.Location?.AbsolutePath ?? next.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    private async Task<HttpStatusCode> ReplayAsync(string cookie)
    {
        using var replay = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("Cookie", cookie);
        using var response = await replay.SendAsync(request);
        return response.StatusCode;
    }

    /// <summary>The "DanVan.Auth=…" pair a response sets, if it sets one.</summary>
    private static string? AuthCookie(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values)
            ? values.Where(v => v.StartsWith("DanVan.Auth=", StringComparison.Ordinal)).Select(v => v.Split(';')[0]).FirstOrDefault()
            : null;

    private async Task<HttpClient> SignedInAsync(string email)
    {
        var client = factory.CreateBrowserLikeClient();
        Assert.Equal(HttpStatusCode.Redirect, (await SignIn.PostLoginAsync(client, email, Password)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
        return client;
    }

    private async Task<(HttpClient Admin, HtmlPage Edit)> EditPageAsync(string email)
    {
        var admin = await factory.ClientAsync(DemoAccounts.Admin);
        var userId = await factory.QueryAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
        var edit = await HtmlPage.GetAsync(admin, $"/Admin/Users/Edit/{userId}");
        Assert.Equal(HttpStatusCode.OK, edit.StatusCode);
        return (admin, edit);
    }

    private async Task<string> NewUserAsync(string name, string role = Roles.AgencyStaff)
    {
        var email = $"session.{name}@danvan.local";
        await factory.CreateUserAsync(email, Password, role, "HN-HK-HB-UBND", mustChangePassword: false);
        return email;
    }
}
