using System.Diagnostics;
using System.Net;
using System.Text;
using DanVan.Data.Seeding;
using DanVan.Domain.Importing;
using DanVan.Web.Tests.Exports;
using DanVan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;
using static DanVan.Web.Tests.Admin.AdminPages;
using static DanVan.Web.Tests.Import.ImportSteps;

namespace DanVan.Web.Tests.Import;

/// <summary>Administrators import accounts from a file: a dry run first, then all or nothing, one-time passwords downloaded once.</summary>
public sealed class UserImportTests(SignedInFactory factory, ITestOutputHelper output) : IClassFixture<SignedInFactory>
{
    private Task<HttpClient> AdminAsync() => factory.ClientAsync(DemoAccounts.Admin);

    [Fact]
    public async Task A_file_with_one_bad_row_among_good_ones_writes_nothing_and_names_the_row()
    {
        var admin = await AdminAsync();
        var before = await CountsAsync();
        var file = Csv([UserHeader, ["mot@import.local", "Một", Staff, "HN-HK-HB-UBND"], ["hai@import.local", "Hai", Staff, "HN-KHONG-CO"], ["ba@import.local", "Ba", Staff, "HN-HK-HB-MTTQ"]]);

        var preview = await PreviewAsync(admin, ImportKind.Users, "nguoi-dung.csv", file);

        Assert.Equal([(3, ImportProblems.UnknownAgency)], Problems(preview));
        Assert.Contains("HN-KHONG-CO", preview.Document.QuerySelector("tr[data-row='3']")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(Vi("import.unknownAgency"), preview.Text, StringComparison.Ordinal);
        Assert.Null(preview.Document.QuerySelector("form[data-testid=confirm-form]"));

        var confirmed = await admin.PostAsync(preview.Response.RequestMessage!.RequestUri, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = preview.AntiforgeryToken(),
            ["confirm"] = "true",
        }));
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Equal([(3, ImportProblems.UnknownAgency)], Problems(await HtmlPage.ParseAsync(confirmed)));
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task Five_hundred_users_import_in_under_ten_seconds()
    {
        var admin = await AdminAsync();
        var users = await factory.QueryAsync(db => db.Users.CountAsync());
        var rows = Enumerable.Range(1, 500).Select(i => new[] { $"can.bo{i:D3}@nhap.local", $"Cán Bộ Số {i}", Staff, i % 2 == 0 ? "HN-HK-HB-UBND" : "HN-HK-HB-MTTQ" });
        var file = Csv(rows.Prepend(UserHeader));

        var clock = Stopwatch.StartNew();
        var preview = await PreviewAsync(admin, ImportKind.Users, "500.csv", file);
        var dryRun = clock.Elapsed;
        var imported = await ConfirmAsync(admin, preview);
        clock.Stop();

        output.WriteLine($"500 accounts: upload and dry run {dryRun.TotalSeconds:F2} s, import {(clock.Elapsed - dryRun).TotalSeconds:F2} s, in all {clock.Elapsed.TotalSeconds:F2} s.");
        Assert.Equal(HttpStatusCode.Redirect, imported.StatusCode);
        Assert.Equal(users + 500, await factory.QueryAsync(db => db.Users.CountAsync()));
        Assert.Equal(500, await factory.QueryAsync(db => db.Users.CountAsync(u => u.Email!.EndsWith("@nhap.local") && u.MustChangePassword)));
        Assert.Equal(500, await factory.QueryAsync(db => db.AuditEntries.CountAsync(a => a.Action == "user.create" && a.After!.Contains("@nhap.local"))));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"500 accounts took {clock.Elapsed.TotalSeconds:F2} s.");
    }

    [Fact]
    public async Task NFD_text_semicolons_and_a_byte_order_mark_in_a_csv_are_read_and_stored_in_NFC()
    {
        const string name = "Nguyễn Thị Ánh Tuyết";
        var admin = await AdminAsync();
        var file = Csv([["Thư điện tử", "Họ và tên", "Vai trò", "Mã cơ quan"], ["anh.tuyet@nfd.local", name.Normalize(NormalizationForm.FormD), "viewer", "hn-hk-hb-ubnd"]], bom: true, separator: ';');

        var preview = await PreviewAsync(admin, ImportKind.Users, "CSV UTF-8.csv", file);
        Assert.Empty(Problems(preview));
        await FollowAsync(admin, await ConfirmAsync(admin, preview));

        var user = await factory.QueryAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Email == "anh.tuyet@nfd.local"));
        Assert.Equal(name.Normalize(NormalizationForm.FormC), user.FullName);
        Assert.Equal(await factory.AgencyIdAsync("HN-HK-HB-UBND"), user.AgencyId);
    }

    [Fact]
    public async Task Duplicate_and_existing_e_mails_unknown_agencies_and_bad_roles_are_each_reported()
    {
        var admin = await AdminAsync();
        var file = Xlsx(
        [
            UserHeader,
            ["lap@import.local", "Lặp Một", Staff, "HN-HK-HB-UBND"],
            ["LAP@import.local", "Lặp Hai", Staff, "HN-HK-HB-UBND"],
            [DemoAccounts.HangBacStaff, "Đã Có", Staff, "HN-HK-HB-UBND"],
            ["la@import.local", "Cơ Quan Lạ", Staff, "HN-KHONG-CO"],
            ["vaitro@import.local", "Vai Trò Sai", "Chairman", "HN-HK-HB-UBND"],
        ]);

        var preview = await PreviewAsync(admin, ImportKind.Users, "loi.xlsx", file);

        Assert.Equal(
            [(3, ImportProblems.DuplicateInFile), (4, ImportProblems.EmailExists), (5, ImportProblems.UnknownAgency), (6, ImportProblems.BadRole)],
            Problems(preview));
    }

    [Fact]
    public async Task The_password_list_downloads_once_and_an_imported_user_must_change_the_password_at_first_sign_in()
    {
        var admin = await AdminAsync();
        var file = Csv([UserHeader, ["lan.mot@matkhau.local", "Lần Một", Staff, "HN-HK-HB-UBND"], ["lan.hai@matkhau.local", "Lần Hai", "Viewer", "HN-HK-HB-MTTQ"]]);
        var preview = await PreviewAsync(admin, ImportKind.Users, "matkhau.csv", file);
        var result = await FollowAsync(admin, await ConfirmAsync(admin, preview));

        var download = await result.PostFormAsync(admin, "form[data-testid=passwords-form]", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        using var workbook = new XlsxFile(await download.Content.ReadAsByteArrayAsync());
        var rows = workbook.Rows(workbook.SheetNames[0]).Skip(1).Select(r => r.Values.Select(c => XlsxFile.Text(c)!).ToArray()).ToList();
        Assert.Equal(["lan.mot@matkhau.local", "lan.hai@matkhau.local"], rows.Select(r => r[0]));
        var password = rows[0][2];

        var again = await result.PostFormAsync(admin, "form[data-testid=passwords-form]", new Dictionary<string, string>());
        var refused = await HtmlPage.ParseAsync(again);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal(Vi("The password list has already been downloaded; it is no longer kept. Reset a user's password on their page if it was lost."), refused.Document.QuerySelector(".validation-summary-errors li")?.TextContent.Trim());
        Assert.NotNull((await HtmlPage.GetAsync(admin, result.Response.RequestMessage!.RequestUri!.PathAndQuery)).Document.QuerySelector("[data-testid=passwords-taken]"));
        Assert.Null(await factory.QueryAsync(db => db.ImportBatches.Where(b => b.Id == BatchId(preview)).Select(b => b.ProtectedPasswords).SingleAsync()));

        using var newcomer = factory.CreateBrowserLikeClient();
        Assert.Equal(HttpStatusCode.Redirect, (await SignIn.PostLoginAsync(newcomer, "lan.mot@matkhau.local", password)).StatusCode);
        var home = await newcomer.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.EndsWith("/Account/ChangePassword", home.Headers.Location?.OriginalString, StringComparison.Ordinal);

        var audit = await factory.AllAuditAsync();
        Assert.Single(audit, a => a.Action == "import.run" && a.EntityId == BatchId(preview).ToString());
        Assert.Single(audit, a => a.Action == "import.passwords" && a.EntityId == BatchId(preview).ToString());
        Assert.DoesNotContain(audit, a => (a.After ?? string.Empty).Contains(password, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_problems_of_a_long_file_are_shown_fifty_per_page()
    {
        var admin = await AdminAsync();
        var rows = Enumerable.Range(1, 120).Select(i => new[] { $"trang{i}@import.local", $"Trang {i}", "Boss", "HN-HK-HB-UBND" });
        var preview = await PreviewAsync(admin, ImportKind.Users, "dai.csv", Csv(rows.Prepend(UserHeader)));

        var third = await HtmlPage.GetAsync(admin, preview.Response.RequestMessage!.RequestUri!.AbsolutePath + "?p=3");

        Assert.Equal(50, Problems(preview).Count);
        Assert.Equal(Enumerable.Range(102, 20).ToList(), Problems(third).Select(p => p.Row).ToList());
        Assert.NotNull(preview.Document.QuerySelector("nav a[rel=next]"));
    }

    [Fact]
    public async Task The_import_must_be_confirmed()
    {
        var admin = await AdminAsync();
        var preview = await PreviewAsync(admin, ImportKind.Users, "xacnhan.csv", Csv([UserHeader, ["xac.nhan@import.local", "Xác Nhận", Staff, "HN-HK-HB-UBND"]]));

        var unconfirmed = await HtmlPage.ParseAsync(await ConfirmAsync(admin, preview, confirm: false));

        Assert.Equal(HttpStatusCode.OK, unconfirmed.StatusCode);
        Assert.Equal(Vi("Tick the box to confirm."), unconfirmed.MessageById("confirm-error"));
        Assert.False(await factory.QueryAsync(db => db.Users.AnyAsync(u => u.Email == "xac.nhan@import.local")));
    }

    private Task<(int Users, int Audit, int Imported)> CountsAsync() =>
        factory.QueryAsync(async db => (await db.Users.CountAsync(), await db.AuditEntries.CountAsync(), await db.ImportBatches.CountAsync(b => b.ImportedAtUtc != null)));
}
