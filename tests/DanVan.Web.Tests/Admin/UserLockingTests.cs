using System.Net;
using System.Text.Json;
using DanVan.Data.Identity;
using DanVan.Web.Tests.Infrastructure;
using static DanVan.Web.Tests.Admin.AccountSteps;
using static DanVan.Web.Tests.Admin.AdminPages;

namespace DanVan.Web.Tests.Admin;

/// <summary>Administrators lock and unlock accounts, after confirming, but never lock themselves or drop their own role.</summary>
public sealed class UserLockingTests(SignedInFactory factory) : IClassFixture<SignedInFactory>
{
    [Fact]
    public async Task Locking_needs_the_confirmation_box_stops_sign_in_and_unlocking_lets_the_user_in_again()
    {
        const string email = "tam.khoa@danvan.local";
        var (userId, _) = await ProvisionAsync(factory, email);
        var admin = await AdminAsync(factory);
        var edit = await GetOkAsync(admin, $"/Admin/Users/Edit/{userId}");

        var unconfirmed = await HtmlPage.ParseAsync(await edit.SubmitAsync(admin, "main form[action*='handler=Lock']"));
        Assert.Equal(HttpStatusCode.OK, unconfirmed.StatusCode);
        Assert.Equal(Vi("Tick the box to confirm."), unconfirmed.MessageById("confirm-lock-error"));
        Assert.Null(await LockoutEndAsync(factory, userId));
        Assert.Empty(await factory.AuditAsync("user.lock", userId));

        var locked = await FollowAsync(admin, await edit.SubmitAsync(admin, "main form[action*='handler=Lock']", new Dictionary<string, string> { ["confirm"] = "true" }));
        Assert.Contains(Vi("Locked"), locked.Document.QuerySelector("main dl")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(await LockoutEndAsync(factory, userId));
        using (var user = factory.CreateBrowserLikeClient())
        {
            var refused = await SignIn.PostLoginAsync(user, email, KnownPassword);
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.Contains(Vi("The e-mail address or the password is wrong, or the account is locked. An account is locked for 15 minutes after 5 failed attempts; an administrator can also unlock it."), await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.Redirect, (await user.GetAsync("/")).StatusCode);
        }

        var unconfirmedUnlock = await HtmlPage.ParseAsync(await locked.SubmitAsync(admin, "main form[action*='handler=Unlock']"));
        Assert.Equal(Vi("Tick the box to confirm."), unconfirmedUnlock.MessageById("confirm-unlock-error"));
        Assert.NotNull(await LockoutEndAsync(factory, userId));

        await FollowAsync(admin, await locked.SubmitAsync(admin, "main form[action*='handler=Unlock']", new Dictionary<string, string> { ["confirm"] = "true" }));
        Assert.Null(await LockoutEndAsync(factory, userId));
        using (var user = factory.CreateBrowserLikeClient())
        {
            Assert.Equal(HttpStatusCode.Redirect, (await SignIn.PostLoginAsync(user, email, KnownPassword)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await user.GetAsync("/")).StatusCode);
        }

        var lockAudit = await factory.SingleAuditAsync("user.lock", userId);
        Assert.Equal(JsonValueKind.Null, Property(lockAudit.Before, "LockoutEnd").ValueKind);
        Assert.NotEqual(JsonValueKind.Null, Property(lockAudit.After, "LockoutEnd").ValueKind);
        var unlockAudit = await factory.SingleAuditAsync("user.unlock", userId);
        Assert.NotEqual(JsonValueKind.Null, Property(unlockAudit.Before, "LockoutEnd").ValueKind);
        Assert.Equal(JsonValueKind.Null, Property(unlockAudit.After, "LockoutEnd").ValueKind);
    }

    [Fact]
    public async Task Administrator_cannot_lock_their_own_account()
    {
        var admin = await AdminAsync(factory);
        var adminId = await AdminIdAsync(factory);
        var edit = await GetOkAsync(admin, $"/Admin/Users/Edit/{adminId}");
        Assert.Null(edit.Document.QuerySelector("#confirm-lock"));

        var response = await edit.PostFormAsync(admin, "main form[action*='handler=Lock']", new Dictionary<string, string> { ["confirm"] = "true" });

        var page = await HtmlPage.ParseAsync(response);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Bạn không thể tự khóa tài khoản của chính mình.", page.Text, StringComparison.Ordinal);
        Assert.Null(await LockoutEndAsync(factory, adminId));
        Assert.Empty(await factory.AuditAsync("user.lock", adminId));
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/Admin")).StatusCode);
    }

    [Fact]
    public async Task Administrator_cannot_take_the_administrator_role_from_their_own_account()
    {
        var admin = await AdminAsync(factory);
        var adminId = await AdminIdAsync(factory);
        var edit = await GetOkAsync(admin, $"/Admin/Users/Edit/{adminId}");

        var response = await edit.SubmitAsync(admin, MainForm, new Dictionary<string, string> { ["Input.Role"] = Roles.Viewer });

        var page = await HtmlPage.ParseAsync(response);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("Bạn không thể tự gỡ vai trò quản trị viên khỏi tài khoản của chính mình.", page.FieldError("Input.Role"));
        Assert.Equal(new[] { Roles.Administrator }, await RolesOfAsync(factory, adminId));
        Assert.Empty(await factory.AuditAsync("user.update", adminId));
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/Admin")).StatusCode);
    }
}
