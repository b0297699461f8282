using System.Diagnostics;
using System.Text;
using DanVan.Data.Seeding;
using DanVan.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace DanVan.Browser.Tests;

/// <summary>
/// Issue #10's walk-through on the demo data, in the browser: the administrator requires two-factor sign-in for reviewers
/// and the city reviewer enrols; the administrator imports ten ward officials from a file in the template's columns and
/// takes their one-time passwords once; a ward head submits and the ward's reviewer gets the e-mail at a real SMTP server
/// and a lit bell (after enrolling, as reviewers now must); everything is in the audit viewer and its export.
/// </summary>
public sealed class AdministrationJourneyTests(MailPortalFixture portal, ITestOutputHelper output) : IClassFixture<MailPortalFixture>
{
    [BrowserFact]
    public async Task Two_factor_import_mail_and_audit_as_an_administrator_would_click_them()
    {
        var watch = Stopwatch.StartNew();
        void Step(string name) => output.WriteLine($"{name}: {watch.Elapsed.TotalSeconds:0.0} s");

        var admin = await portal.SignedInPageAsync(DemoAccounts.Admin);
        await admin.GotoAsync("/Admin/Security");
        await admin.Locator("#role-CityReviewer").CheckAsync();
        await admin.Locator("#role-DistrictReviewer").CheckAsync();
        await admin.GetByTestId("security-form").GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
        await Assertions.Expect(admin.Locator("[role=status]")).ToBeVisibleAsync();
        Step("two-factor required for reviewers");

        var cityReviewer = await portal.SignedInPageAsync(DemoAccounts.CityReviewer);
        await EnrolAsync(cityReviewer);
        Step("city reviewer enrolled");

        await admin.GotoAsync("/Admin/Import");
        await admin.Locator("#kind-Users").CheckAsync();
        await admin.Locator("#file").SetInputFilesAsync(new FilePayload { Name = "can-bo-phuong.csv", MimeType = "text/csv", Buffer = TenWardOfficials() });
        await admin.GetByRole(AriaRole.Button, new() { Name = "Kiểm tra tệp" }).ClickAsync();
        await Assertions.Expect(admin.GetByTestId("rows")).ToContainTextAsync("canbo10.hangbac@danvan.local");
        await Assertions.Expect(admin.GetByTestId("problems")).ToHaveCountAsync(0);
        await admin.Locator("#confirm").CheckAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Nhập dữ liệu" }).ClickAsync();
        await Assertions.Expect(admin.GetByTestId("import-summary")).ToContainTextAsync("10");
        var download = await admin.RunAndWaitForDownloadAsync(() => admin.GetByRole(AriaRole.Button, new() { Name = "Tải danh sách mật khẩu" }).ClickAsync());
        Assert.True(new FileInfo(await download.PathAsync()).Length > 0);
        await admin.ReloadAsync();
        await Assertions.Expect(admin.GetByTestId("passwords-taken")).ToBeVisibleAsync();
        Step("ten ward officials imported, passwords taken once");

        var head = await portal.SignedInPageAsync(DemoAccounts.PhucXaHead);
        await head.GotoAsync("/Reports");
        await head.GetByTestId("start-report").First.ClickAsync();
        await ReportingJourneyTests.FillEveryLineAsync(head, "Tổ chức 2 hội nghị đối thoại với Nhân dân về trật tự đô thị.");
        await head.GetByTestId("submit").ClickAsync();
        await ReportingJourneyTests.ConfirmAsync(head, "Gửi báo cáo Quý IV/2026");
        await Assertions.Expect(head.GetByTestId("report-status")).ToHaveTextAsync("Đã gửi, chờ thẩm định");
        await portal.SendNoticesAsync();
        var mail = Assert.Single(portal.Smtp.To(DemoAccounts.BaDinhReviewer));
        Assert.Contains("Phúc Xá", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("https://danvan.test/Review/Report/", mail.TextBody, StringComparison.Ordinal);
        Step("ward head submitted; the reviewer's e-mail arrived");

        var reviewer = await portal.SignedInPageAsync(DemoAccounts.BaDinhReviewer);
        await EnrolAsync(reviewer);
        await reviewer.GotoAsync("/");
        await Assertions.Expect(reviewer.GetByTestId("notification-count")).ToBeVisibleAsync();
        Step("the reviewer's bell is lit");

        await admin.GotoAsync("/Admin/Audit");
        var actions = await admin.GetByTestId("audit-list").Locator("[data-action]").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.action)");
        Assert.Contains("settings.twoFactor", actions);
        Assert.Contains("import.run", actions);
        Assert.Contains("import.passwords", actions);
        Assert.Contains("report.submit", actions);
        var export = await admin.RunAndWaitForDownloadAsync(() => admin.GetByTestId("audit-export").ClickAsync());
        Assert.EndsWith(".xlsx", export.SuggestedFilename, StringComparison.Ordinal);
        Step("found in the audit viewer and exported");

        foreach (var page in new[] { admin, cityReviewer, head, reviewer })
        {
            await page.Context.CloseAsync();
        }
    }

    /// <summary>Sets up the authenticator the portal asks for: the key read off the page, the code computed as an app would (RFC 6238).</summary>
    private async Task EnrolAsync(IPage page)
    {
        await page.GotoAsync("/");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Account/TwoFactor"));
        var key = await page.GetByTestId("authenticator-key").InnerTextAsync();
        await page.Locator("input[name=Code]").FillAsync(TotpCode.At(key, portal.Clock.GetUtcNow()));
        await page.GetByRole(AriaRole.Button, new() { Name = "Xác nhận và bật" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("recovery-code")).ToHaveCountAsync(10);
    }

    private static byte[] TenWardOfficials()
    {
        var csv = new StringBuilder("email,full_name,role,agency_code\n");
        for (var i = 1; i <= 10; i++)
        {
            csv.Append(System.Globalization.CultureInfo.InvariantCulture, $"canbo{i}.hangbac@danvan.local,Cán bộ phường Hàng Bạc {i},{(i == 1 ? "AgencyHead" : "AgencyStaff")},HN-HK-HB-UBND\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }
}
