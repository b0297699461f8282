using System.Net;
using DanVan.Data.Identity;
using DanVan.Data.Seeding;
using DanVan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static DanVan.Web.Tests.Admin.AccountSteps;
using static DanVan.Web.Tests.Admin.AdminPages;

namespace DanVan.Web.Tests.Admin;

/// <summary>Administrators provision accounts, change their role and agency, reset passwords, lock and unlock them.</summary>
public sealed class UserAdministrationTests(SignedInFactory factory) : IClassFixture<SignedInFactory>
{
    [Fact]
    public async Task Creating_a_user_shows_the_temporary_password_once_and_the_user_must_change_it_at_first_sign_in()
    {
        const string fullName = "Nguyễn Thị Ánh Tuyết";
        const string email = "anh.tuyet@danvan.local";
        var admin = await AdminAsync(factory);
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
        Assert.Equal(new[] { Roles.AgencyStaff }, await RolesOfAsync(factory, user.Id));

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
        var admin = await AdminAsync(factory);
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
        var (userId, _) = await ProvisionAsync(factory, "doi.vaitro@danvan.local");
        var oldAgency = await factory.AgencyIdAsync("HN-HK-TT-UBND");
        var newAgency = await factory.AgencyIdAsync("HN-BD-TB-MTTQ");
        var admin = await AdminAsync(factory);
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
        Assert.Equal(new[] { Roles.AgencyHead }, await RolesOfAsync(factory, userId));

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
        var (userId, _) = await ProvisionAsync(factory, email);
        var admin = await AdminAsync(factory);
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
    public async Task Editing_an_unknown_user_is_not_found()
    {
        var admin = await AdminAsync(factory);

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
    public async Task Saving_a_user_from_a_form_opened_before_another_change_is_refused()
    {
        var (userId, _) = await ProvisionAsync(factory, "hai.nguoi.sua@danvan.local");
        var admin = await AdminAsync(factory);
        var first = await GetOkAsync(admin, $"/Admin/Users/Edit/{userId}");
        var second = await GetOkAsync(admin, $"/Admin/Users/Edit/{userId}");
        await FollowAsync(admin, await first.SubmitAsync(admin, MainForm, new Dictionary<string, string> { ["Input.FullName"] = "Lê Thị Thanh Hương" }));

        var stale = await HtmlPage.ParseAsync(await second.SubmitAsync(admin, MainForm, new Dictionary<string, string> { ["Input.Role"] = Roles.AgencyHead }));

        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains(Vi("Someone else changed this account while you were editing it. Check the values and save again."), stale.Text, StringComparison.Ordinal);
        Assert.Equal(new[] { Roles.Viewer }, await RolesOfAsync(factory, userId));
        Assert.Equal("Lê Thị Thanh Hương", await factory.QueryAsync(db => db.Users.Where(u => u.Id == userId).Select(u => u.FullName).SingleAsync()));
        Assert.Single(await factory.AuditAsync("user.update", userId));
    }

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
}
