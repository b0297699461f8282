using System.Net;
using System.Text.Json;
using DanVan.Data.Identity;
using DanVan.Data.Seeding;
using DanVan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static DanVan.Web.Tests.Admin.AdminPages;

namespace DanVan.Web.Tests.Admin;

/// <summary>Administrators provision accounts, change their role and agency, reset passwords, lock and unlock them.</summary>
public sealed class UserAdministrationTests(SignedInFactory factory) : IClassFixture<SignedInFactory>
{
    private const string KnownPassword = "Biet@MatKhau2026";

    [Fact]
    public async Task Creating_a_user_shows_the_temporary_password_once_and_the_user_must_change_it_at_first_sign_in()
    {
        const string fullName = "Nguyễn Thị Ánh Tuyết";
        const string email = "anh.tuyet@danvan.local";
        var admin = await AdminAsync();
        var agencyId = await factory.AgencyIdAsync("HN-HK-HB-MTTQ");
        var form = await GetOkAsync(admin, "/Admin/Users/Create");

        var created = await form.SubmitAsync(admin, MainForm, new Dictionary<string, string>
        {
            ["Input.FullName"] = fullName,
            ["Input.Email"] = email,
            ["Input.Role"] = Roles.AgencyStaff,
            ["Input.AgencyId"] = Id(agencyId),
        });

        var user = await factory.QueryAsync(db => db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Email == email));
        Assert.NotNull(user);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal($"/Admin/Users/Edit/{user.Id}", created.Headers.Location?.OriginalString);
        var edit = await FollowAsync(admin, created);
        var shown = edit.Document.QuerySelector("[data-testid=temporary-password] code")?.TextContent.Trim();
        Assert.NotNull(shown);
        Assert.NotEmpty(shown);
        Assert.Contains($"Đã tạo tài khoản của {fullName}.", edit.StatusMessage(), StringComparison.Ordinal);

        var reloaded = await GetOkAsync(admin, $"/Admin/Users/Edit/{user.Id}");
        Assert.Null(reloaded.Document.QuerySelector("[data-testid=temporary-password]"));
        Assert.DoesNotContain(shown, await reloaded.Response.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Equal(fullName, user.FullName);
        Assert.True(user.MustChangePassword);
        Assert.Equal(agencyId, user.AgencyId);
        Assert.Equal(new[] { Roles.AgencyStaff }, await RolesOfAsync(user.Id));

        using var newcomer = factory.CreateBrowserLikeClient();
        Assert.Equal(HttpStatusCode.Redirect, (await SignIn.PostLoginAsync(newcomer, email, shown)).StatusCode);
        var home = await newcomer.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.EndsWith("/Account/ChangePassword", home.Headers.Location?.OriginalString, StringComparison.Ordinal);

        var audit = await factory.SingleAuditAsync("user.create", user.Id);
        Assert.Null(audit.Before);
        Assert.Equal(fullName, Property(audit.After, "FullName").GetString());
        Assert.Equal(email, Property(audit.After, "Email").GetString());
        Assert.Equal(agencyId, Property(audit.After, "AgencyId").GetInt32());
        Assert.Equal(Roles.AgencyStaff, Property(audit.After, "Role").GetString());
        await AssertNoAuditRowContainsAsync(shown);
    }

    [Theory]
    [InlineData(DemoAccounts.HangBacStaff)]
    [InlineData("HangBac.Staff@DanVan.Local")]
    public async Task Creating_a_user_with_an_e_mail_already_in_use_shows_the_error_next_to_the_field_and_keeps_what_was_typed(string email)
    {
        const string fullName = "Trần Thị Bích Ngọc";
        var admin = await AdminAsync();
        var before = await factory.QueryAsync(db => db.Users.CountAsync());
        var audited = await factory.QueryAsync(db => db.AuditEntries.CountAsync(a => a.Action == "user.create"));
        var form = await GetOkAsync(admin, "/Admin/Users/Create");

        var response = await form.SubmitAsync(admin, MainForm, new Dictionary<string, string>
        {
            ["Input.FullName"] = fullName,
            ["Input.Email"] = email,
            ["Input.Role"] = Roles.Viewer,
            ["Input.AgencyId"] = Id(await factory.AgencyIdAsync("HN-HK-HB-UBND")),
        });

        var page = await HtmlPage.ParseAsync(response);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("Đã có tài khoản sử dụng địa chỉ thư điện tử này.", page.FieldError("Input.Email"));
        Assert.Equal(fullName, page.InputValue("Input.FullName"));
        Assert.Equal(before, await factory.QueryAsync(db => db.Users.CountAsync()));
        Assert.Equal(audited, await factory.QueryAsync(db => db.AuditEntries.CountAsync(a => a.Action == "user.create")));
    }

    [Fact]
    public async Task Changing_the_role_and_agency_of_a_user_is_saved_and_audited()
    {
        var (userId, _) = await ProvisionAsync("doi.vaitro@danvan.local");
        var oldAgency = await factory.AgencyIdAsync("HN-HK-TT-UBND");
        var newAgency = await factory.AgencyIdAsync("HN-BD-TB-MTTQ");
        var admin = await AdminAsync();
        var edit = await GetOkAsync(admin, $"/Admin/Users/Edit/{userId}");

        var saved = await edit.SubmitAsync(admin, MainForm, new Dictionary<string, string>
        {
            ["Input.Role"] = Roles.AgencyHead,
            ["Input.AgencyId"] = Id(newAgency),
        });

        var page = await FollowAsync(admin, saved);
        var summary = page.Document.QuerySelector("main dl")!.TextContent;
        Assert.Contains(Vi("Role.AgencyHead"), summary, StringComparison.Ordinal);
        Assert.DoesNotContain(Vi("Role.Viewer"), summary, StringComparison.Ordinal);
        Assert.Contains("Ủy ban Mặt trận Tổ quốc Việt Nam phường Trúc Bạch", summary, StringComparison.Ordinal);
        var user = await factory.QueryAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == userId));
        Assert.Equal(newAgency, user.AgencyId);
        Assert.Equal(new[] { Roles.AgencyHead }, await RolesOfAsync(userId));

        var audit = await factory.SingleAuditAsync("user.update", userId);
        Assert.Equal(oldAgency, Property(audit.Before, "AgencyId").GetInt32());
        Assert.Equal(newAgency, Property(audit.After, "AgencyId").GetInt32());
        Assert.Equal(new[] { Roles.Viewer }, Property(audit.Before, "Roles").EnumerateArray().Select(r => r.GetString()!));
        Assert.Equal(new[] { Roles.AgencyHead }, Property(audit.After, "Roles").EnumerateArray().Select(r => r.GetString()!));
    }

    [Fact]
    public async Task Resetting_a_password_shows_a_new_temporary_password_that_signs_in_and_must_be_changed()
    {
        const string email = "quen.matkhau@danvan.local";
        var (userId, _) = await ProvisionAsync(email);
        var admin = await AdminAsync();
        var edit = await GetOkAsync(admin, $"/Admin/Users/Edit/{userId}");

        var unconfirmed = await HtmlPage.ParseAsync(await edit.SubmitAsync(admin, "main form[action*='handler=ResetPassword']"));
        Assert.Equal(HttpStatusCode.OK, unconfirmed.StatusCode);
        Assert.Equal(Vi("Tick the box to confirm."), unconfirmed.MessageById("confirm-reset-error"));
        Assert.Null(unconfirmed.Document.QuerySelector("[data-testid=temporary-password]"));

        var reset = await edit.SubmitAsync(admin, "main form[action*='handler=ResetPassword']", new Dictionary<string, string> { ["confirm"] = "true" });
        var page = await FollowAsync(admin, reset);
        var shown = page.Document.QuerySelector("[data-testid=temporary-password] code")?.TextContent.Trim();
        Assert.NotNull(shown);
        Assert.NotEmpty(shown);
        Assert.NotEqual(KnownPassword, shown);
        Assert.Null((await GetOkAsync(admin, $"/Admin/Users/Edit/{userId}")).Document.QuerySelector("[data-testid=temporary-password]"));

        using var user = factory.CreateBrowserLikeClient();
        Assert.Equal(HttpStatusCode.OK, (await SignIn.PostLoginAsync(user, email, KnownPassword)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SignIn.PostLoginAsync(user, email, shown)).StatusCode);
        var home = await user.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.EndsWith("/Account/ChangePassword", home.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.True(await factory.QueryAsync(db => db.Users.Where(u => u.Id == userId).Select(u => u.MustChangePassword).SingleAsync()));

        var audit = await factory.SingleAuditAsync("user.resetPassword", userId);
        Assert.False(Property(audit.Before, "MustChangePassword").GetBoolean());
        Assert.True(Property(audit.After, "MustChangePassword").GetBoolean());
        await AssertNoAuditRowContainsAsync(shown);
    }

    [Fact]
    public async Task Locking_needs_the_confirmation_box_stops_sign_in_and_unlocking_lets_the_user_in_again()
    {
        const string email = "tam.khoa@danvan.local";
        var (userId, _) = await ProvisionAsync(email);
        var admin = await AdminAsync();
        var edit = await GetOkAsync(admin, $"/Admin/Users/Edit/{userId}");

        var unconfirmed = await HtmlPage.ParseAsync(await edit.SubmitAsync(admin, "main form[action*='handler=Lock']"));
        Assert.Equal(HttpStatusCode.OK, unconfirmed.StatusCode);
        Assert.Equal(Vi("Tick the box to confirm."), unconfirmed.MessageById("confirm-lock-error"));
        Assert.Null(await LockoutEndAsync(userId));
        Assert.Empty(await factory.AuditAsync("user.lock", userId));

        var locked = await FollowAsync(admin, await edit.SubmitAsync(admin, "main form[action*='handler=Lock']", new Dictionary<string, string> { ["confirm"] = "true" }));
        Assert.Contains(Vi("Locked"), locked.Document.QuerySelector("main dl")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(await LockoutEndAsync(userId));
        using (var user = factory.CreateBrowserLikeClient())
        {
            var refused = await SignIn.PostLoginAsync(user, email, KnownPassword);
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.Contains(Vi("The e-mail address or the password is wrong, or the account is locked. An account is locked for 15 minutes after 5 failed attempts; an administrator can also unlock it."), await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.Redirect, (await user.GetAsync("/")).StatusCode);
        }

        var unconfirmedUnlock = await HtmlPage.ParseAsync(await locked.SubmitAsync(admin, "main form[action*='handler=Unlock']"));
        Assert.Equal(Vi("Tick the box to confirm."), unconfirmedUnlock.MessageById("confirm-unlock-error"));
        Assert.NotNull(await LockoutEndAsync(userId));

        await FollowAsync(admin, await locked.SubmitAsync(admin, "main form[action*='handler=Unlock']", new Dictionary<string, string> { ["confirm"] = "true" }));
        Assert.Null(await LockoutEndAsync(userId));
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
        var admin = await AdminAsync();
        var adminId = await AdminIdAsync();
        var edit = await GetOkAsync(admin, $"/Admin/Users/Edit/{adminId}");
        Assert.Null(edit.Document.QuerySelector("#confirm-lock"));

        var response = await edit.PostFormAsync(admin, "main form[action*='handler=Lock']", new Dictionary<string, string> { ["confirm"] = "true" });

        var page = await HtmlPage.ParseAsync(response);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Bạn không thể tự khóa tài khoản của chính mình.", page.Text, StringComparison.Ordinal);
        Assert.Null(await LockoutEndAsync(adminId));
        Assert.Empty(await factory.AuditAsync("user.lock", adminId));
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/Admin")).StatusCode);
    }

    [Fact]
    public async Task Administrator_cannot_take_the_administrator_role_from_their_own_account()
    {
        var admin = await AdminAsync();
        var adminId = await AdminIdAsync();
        var edit = await GetOkAsync(admin, $"/Admin/Users/Edit/{adminId}");

        var response = await edit.SubmitAsync(admin, MainForm, new Dictionary<string, string> { ["Input.Role"] = Roles.Viewer });

        var page = await HtmlPage.ParseAsync(response);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("Bạn không thể tự gỡ vai trò quản trị viên khỏi tài khoản của chính mình.", page.FieldError("Input.Role"));
        Assert.Equal(new[] { Roles.Administrator }, await RolesOfAsync(adminId));
        Assert.Empty(await factory.AuditAsync("user.update", adminId));
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/Admin")).StatusCode);
    }

    [Fact]
    public async Task Editing_an_unknown_user_is_not_found()
    {
        var admin = await AdminAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/Admin/Users/Edit/khong-ton-tai")).StatusCode);
        var token = (await GetOkAsync(admin, "/Admin/Users/Create")).Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var post = await admin.PostAsync("/Admin/Users/Edit/khong-ton-tai?handler=Lock", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["confirm"] = "true",
        }));
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
    }

    [Fact]
    public async Task User_list_filters_by_name_or_e_mail_and_by_role()
    {
        var admin = await AdminAsync();

        var byName = await GetOkAsync(admin, "/Admin/Users?q=H%E1%BB%93ng%20Nhung");
        Assert.Equal(new[] { await AdminIdAsync() }, ListedUsers(byName));

        var byEmail = await GetOkAsync(admin, "/Admin/Users?q=badinh");
        Assert.Equal(new[] { await UserIdAsync(DemoAccounts.BaDinhReviewer) }, ListedUsers(byEmail));

        var reviewers = await factory.QueryAsync(db => db.UserRoles
            .Where(ur => db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.DistrictReviewer))
            .Select(ur => ur.UserId).ToListAsync());
        var byRole = await GetOkAsync(admin, $"/Admin/Users?role={Roles.DistrictReviewer}");
        Assert.Equal(2, reviewers.Count);
        Assert.Equal(new SortedSet<string>(reviewers, StringComparer.Ordinal), new SortedSet<string>(ListedUsers(byRole), StringComparer.Ordinal));
        Assert.NotNull(byRole.Document.QuerySelector($"#role option[value={Roles.DistrictReviewer}][selected]"));

        var none = await GetOkAsync(admin, "/Admin/Users?q=khong-co-ai");
        Assert.Empty(ListedUsers(none));
        Assert.Contains(Vi("No user matches."), none.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task User_list_filter_by_name_ignores_letter_case()
    {
        var admin = await AdminAsync();

        var page = await GetOkAsync(admin, "/Admin/Users?q=" + Uri.EscapeDataString("hồng nhung"));

        Assert.Equal(new[] { await AdminIdAsync() }, ListedUsers(page));
    }

    [Fact]
    public async Task Saving_a_user_from_a_form_opened_before_another_change_is_refused()
    {
        var (userId, _) = await ProvisionAsync("hai.nguoi.sua@danvan.local");
        var admin = await AdminAsync();
        var first = await GetOkAsync(admin, $"/Admin/Users/Edit/{userId}");
        var second = await GetOkAsync(admin, $"/Admin/Users/Edit/{userId}");
        await FollowAsync(admin, await first.SubmitAsync(admin, MainForm, new Dictionary<string, string> { ["Input.FullName"] = "Lê Thị Thanh Hương" }));

        var stale = await HtmlPage.ParseAsync(await second.SubmitAsync(admin, MainForm, new Dictionary<string, string> { ["Input.Role"] = Roles.AgencyHead }));

        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains(Vi("Someone else changed this account while you were editing it. Check the values and save again."), stale.Text, StringComparison.Ordinal);
        Assert.Equal(new[] { Roles.Viewer }, await RolesOfAsync(userId));
        Assert.Equal("Lê Thị Thanh Hương", await factory.QueryAsync(db => db.Users.Where(u => u.Id == userId).Select(u => u.FullName).SingleAsync()));
        Assert.Single(await factory.AuditAsync("user.update", userId));
    }

    [Fact]
    public async Task User_list_pages_twenty_accounts_at_a_time()
    {
        for (var i = 1; i <= 8; i++)
        {
            await factory.CreateUserAsync($"trang.thu.{i}@danvan.local", KnownPassword, Roles.Viewer, "HN-CG-DV-UBND", mustChangePassword: false);
        }

        var admin = await AdminAsync();
        var all = await factory.QueryAsync(db => db.Users.Select(u => u.Id).ToListAsync());
        var pages = (all.Count + 19) / 20;
        Assert.True(pages >= 2, "There should be more than one page of users.");

        var first = await GetOkAsync(admin, "/Admin/Users");
        Assert.Contains($"Trang 1/{pages} ({all.Count} mục)", first.Text, StringComparison.Ordinal);
        Assert.Equal(20, ListedUsers(first).Count);
        var listed = new HashSet<string>(ListedUsers(first), StringComparer.Ordinal);
        for (var p = 2; p <= pages; p++)
        {
            var page = await GetOkAsync(admin, $"/Admin/Users?p={p}");
            Assert.Contains($"Trang {p}/{pages} ({all.Count} mục)", page.Text, StringComparison.Ordinal);
            listed.UnionWith(ListedUsers(page));
        }

        Assert.Equal(all.Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));

        var filtered = await GetOkAsync(admin, "/Admin/Users?q=trang.thu");
        Assert.Contains("Trang 1/1 (8 mục)", filtered.Text, StringComparison.Ordinal);
        Assert.Equal(8, ListedUsers(filtered).Count);
    }

    private Task<HttpClient> AdminAsync() => factory.ClientAsync(DemoAccounts.Admin);

    private static async Task<HtmlPage> GetOkAsync(HttpClient client, string url)
    {
        var page = await HtmlPage.GetAsync(client, url);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        return page;
    }

    /// <summary>A viewer at Tràng Tiền with a known password that need not be changed.</summary>
    private async Task<(string Id, string Email)> ProvisionAsync(string email)
    {
        await factory.CreateUserAsync(email, KnownPassword, Roles.Viewer, "HN-HK-TT-UBND", mustChangePassword: false);
        return (await UserIdAsync(email), email);
    }

    private Task<string> UserIdAsync(string email) =>
        factory.QueryAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    private Task<string> AdminIdAsync() => UserIdAsync(DemoAccounts.Admin);

    private Task<DateTimeOffset?> LockoutEndAsync(string userId) =>
        factory.QueryAsync(db => db.Users.Where(u => u.Id == userId).Select(u => u.LockoutEnd).SingleAsync());

    private Task<List<string>> RolesOfAsync(string userId) =>
        factory.QueryAsync(db => db.UserRoles.Where(ur => ur.UserId == userId)
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!)
            .ToListAsync());

    private async Task AssertNoAuditRowContainsAsync(string secret)
    {
        var rows = await factory.AllAuditAsync();
        Assert.NotEmpty(rows);
        foreach (var row in rows)
        {
            Assert.DoesNotContain(secret, row.Before ?? string.Empty, StringComparison.Ordinal);
            Assert.DoesNotContain(secret, row.After ?? string.Empty, StringComparison.Ordinal);
            Assert.DoesNotContain(DemoAccounts.Password, (row.Before ?? string.Empty) + row.After, StringComparison.Ordinal);
            Assert.DoesNotContain("passwordHash", (row.Before ?? string.Empty) + row.After, StringComparison.OrdinalIgnoreCase);
        }
    }

    private static List<string> ListedUsers(HtmlPage page) =>
        page.Document.QuerySelectorAll("[data-testid=user-list] tr[data-user]").Select(r => r.GetAttribute("data-user")!).ToList();
}
