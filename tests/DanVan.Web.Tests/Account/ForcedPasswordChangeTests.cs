using System.Net;
using DanVan.Data.Identity;
using DanVan.Web.Tests.Infrastructure;

namespace DanVan.Web.Tests.Account;

/// <summary>A provisioned account must choose its own password before it can open any other page.</summary>
public sealed class ForcedPasswordChangeTests(DanVanFactory factory) : IClassFixture<DanVanFactory>
{
    private const string GivenPassword = "Cap@MatKhau2026";
    private const string OwnPassword = "Rieng#MatKhau2027";

    [Fact]
    public async Task Provisioned_user_is_sent_to_change_password_from_every_page_until_they_do()
    {
        const string email = "moi.vienchuc@danvan.local";
        await factory.CreateUserAsync(email, GivenPassword, Roles.Viewer, "HN-HK-TT-UBND", mustChangePassword: true);
        using var client = factory.CreateBrowserLikeClient();
        Assert.Equal(HttpStatusCode.Redirect, (await SignIn.PostLoginAsync(client, email, GivenPassword)).StatusCode);

        foreach (var url in new[] { "/", "/Directives", "/Agencies" })
        {
            var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.EndsWith("/Account/ChangePassword", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
        }

        var form = await HtmlPage.GetAsync(client, "/Account/ChangePassword");
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.Contains(RepositoryFiles.Vietnamese["Before you continue, choose your own password in place of the one you were given."], form.Text, StringComparison.Ordinal);

        var wrongCurrent = await HtmlPage.ParseAsync(await form.PostFormAsync(client, "main form", Fields("Sai@MatKhau2026", OwnPassword, OwnPassword)));
        Assert.Equal(HttpStatusCode.OK, wrongCurrent.StatusCode);
        Assert.Contains("Mật khẩu hiện tại không đúng.", wrongCurrent.Text, StringComparison.Ordinal);

        var mismatch = await HtmlPage.ParseAsync(await wrongCurrent.PostFormAsync(client, "main form", Fields(GivenPassword, OwnPassword, OwnPassword + "x")));
        Assert.Equal(HttpStatusCode.OK, mismatch.StatusCode);
        Assert.Contains("Hai lần nhập mật khẩu mới không khớp.", mismatch.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);

        var changed = await mismatch.PostFormAsync(client, "main form", Fields(GivenPassword, OwnPassword, OwnPassword));
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);

        var home = await HtmlPage.GetAsync(client, "/");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Contains("Mật khẩu của bạn đã được thay đổi.", home.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Directives")).StatusCode);

        using var fresh = factory.CreateBrowserLikeClient();
        Assert.Equal(HttpStatusCode.OK, (await SignIn.PostLoginAsync(fresh, email, GivenPassword)).StatusCode);
        var signedIn = await SignIn.PostLoginAsync(fresh, email, OwnPassword);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await fresh.GetAsync("/")).StatusCode);
    }

    private static Dictionary<string, string> Fields(string current, string next, string again) => new()
    {
        ["Input.OldPassword"] = current,
        ["Input.NewPassword"] = next,
        ["Input.ConfirmPassword"] = again,
    };
}
