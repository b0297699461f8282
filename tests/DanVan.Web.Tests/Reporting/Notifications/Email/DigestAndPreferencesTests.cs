using System.Net;
using DanVan.Data.Seeding;
using DanVan.Domain;
using DanVan.Domain.Notifications;
using DanVan.Web.Tests.Infrastructure;
using DanVan.Web.Tests.Reporting.History;
using DanVan.Web.Tests.Reporting.Review;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Tests.Reporting.Notifications.Email;

/// <summary>
/// The preferences page (/Account/Notices): each user's own, essential kinds cannot be kept to the bell, bad input is
/// refused in Vietnamese; a digest gathers a user's notices into one mail at the chosen Hanoi hour; the bell keeps all.
/// </summary>
public sealed class DigestAndPreferencesTests(EmailFactory factory) : IClassFixture<EmailFactory>
{
    private const string Form = "form[data-testid=notice-preferences]";

    [Fact]
    public async Task A_user_who_chose_the_digest_gets_one_mail_with_every_notice_at_the_chosen_hour()
    {
        var head = await factory.ClientAsync(DemoAccounts.HangBacHead);
        await SaveAsync(head, NoticeMode.Digest, 17);

        var reportId = await factory.ReportIdAsync(WorkflowSetup.HangBac);
        await factory.RemindAsync();
        await factory.NotifyAsync(reportId, NotificationKind.ReportAccepted);
        await factory.SendAsync();
        Assert.Empty(factory.Smtp.To(DemoAccounts.HangBacHead));
        Assert.Equal(2, factory.Smtp.To(DemoAccounts.HangBacStaff).Count);

        factory.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 26, 17, 0, 0, Hanoi.Offset));
        await factory.SendAsync();
        await factory.SendAsync();

        var digest = Assert.Single(factory.Smtp.To(DemoAccounts.HangBacHead));
        Assert.Equal("Thông báo của Cổng theo dõi Chỉ thị 07-CT/TU (2)", digest.Subject);
        Assert.Contains("Kỳ báo cáo Quý IV/2026", MailAssert.Text(digest), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("được chấp nhận", MailAssert.Text(digest), StringComparison.Ordinal);
        Assert.Equal(2, MailAssert.Html(digest).Split("<li>").Length - 1);
        var bell = await HtmlPage.GetAsync(head, "/Notifications");
        Assert.Equal(2, bell.Document.QuerySelectorAll("[data-testid=notifications] li").Length);
    }

    [Fact]
    public async Task Essential_kinds_offer_no_bell_only_and_a_post_asking_for_it_is_refused_in_Vietnamese()
    {
        var staff = await factory.ClientAsync(DemoAccounts.HangBacStaff);
        var page = await HtmlPage.GetAsync(staff, "/Account/Notices");
        Assert.Empty(page.Document.QuerySelectorAll($"select[name='Input.Modes[{NotificationKind.ReportReturned}]'] option[value={NoticeMode.InAppOnly}]"));
        Assert.Empty(page.Document.QuerySelectorAll($"select[name='Input.Modes[{NotificationKind.Overdue}]'] option[value={NoticeMode.InAppOnly}]"));
        Assert.NotEmpty(page.Document.QuerySelectorAll($"select[name='Input.Modes[{NotificationKind.PeriodOpened}]'] option[value={NoticeMode.InAppOnly}]"));

        var response = await page.PostFormAsync(staff, Form, new Dictionary<string, string>
        {
            [$"Input.Modes[{NotificationKind.ReportReturned}]"] = nameof(NoticeMode.InAppOnly),
            [$"Input.Modes[{NotificationKind.PeriodOpened}]"] = nameof(NoticeMode.InAppOnly),
            ["Input.DigestHour"] = "8",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var shown = await HtmlPage.ParseAsync(response);
        Assert.Contains("Loại thông báo này là thiết yếu", shown.Document.QuerySelector($"span[data-valmsg-for='Input.Modes[{NotificationKind.ReportReturned}]']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await SettingsCountAsync(DemoAccounts.HangBacStaff));
    }

    [Theory]
    [InlineData("Input.DigestHour", "25", "Hãy chọn một giờ từ 0 đến 23.")]
    [InlineData("Input.DigestHour", "", "Hãy chọn giờ gửi thư tổng hợp hằng ngày.")]
    [InlineData("Input.Modes[DueSoon]", "Pigeon", "không hợp lệ")]
    [InlineData("Input.Modes[DueSoon]", "42", "không hợp lệ")]
    public async Task Bad_input_is_refused_with_a_Vietnamese_message_and_changes_nothing(string field, string value, string message)
    {
        var viewer = await factory.ClientAsync(DemoAccounts.HangBacViewer);
        var page = await HtmlPage.GetAsync(viewer, "/Account/Notices");

        var response = await page.PostFormAsync(viewer, Form, new Dictionary<string, string> { ["Input.DigestHour"] = "7", [field] = value });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, (await HtmlPage.ParseAsync(response)).Text, StringComparison.Ordinal);
        Assert.Equal(0, await SettingsCountAsync(DemoAccounts.HangBacViewer));
    }

    [Fact]
    public async Task The_page_needs_a_sign_in_and_shows_and_saves_only_the_users_own_preferences()
    {
        var anonymous = factory.CreateBrowserLikeClient();
        var redirect = await anonymous.GetAsync("/Account/Notices");
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.StartsWith("/Account/Login", redirect.Headers.Location!.AbsolutePath, StringComparison.Ordinal);

        var reviewer = await factory.ClientAsync(DemoAccounts.BaDinhReviewer);
        var page = await HtmlPage.GetAsync(reviewer, "/Account/Notices");
        Assert.NotNull(page.Document.QuerySelector("[data-testid=notice-preferences-link]"));
        var saved = await page.PostFormAsync(reviewer, Form, new Dictionary<string, string>
        {
            [$"Input.Modes[{NotificationKind.ReportSubmitted}]"] = nameof(NoticeMode.InAppOnly),
            ["Input.DigestHour"] = "18",
        });
        var again = await HtmlPage.GetAsync(reviewer, "/Account/Notices");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("Đã lưu cài đặt thông báo.", again.Document.QuerySelector("[role=status], .alert-success")?.TextContent.Trim());
        Assert.Equal(nameof(NoticeMode.InAppOnly), again.Document.QuerySelector($"select[name='Input.Modes[{NotificationKind.ReportSubmitted}]'] option[selected]")!.GetAttribute("value"));
        Assert.Equal("18", again.Document.QuerySelector("select[name='Input.DigestHour'] option[selected]")!.GetAttribute("value"));
        Assert.Equal(1, await SettingsCountAsync(DemoAccounts.BaDinhReviewer));
        Assert.Equal(0, await SettingsCountAsync(DemoAccounts.CityReviewer));
    }

    [Fact]
    public async Task Changing_the_digest_hour_moves_the_notices_waiting_for_the_digest()
    {
        var head = await factory.ClientAsync(DemoAccounts.HoanKiemHead);
        await SaveAsync(head, NoticeMode.Digest, 20);
        await factory.NotifyAsync(await ReviewData.ReportIdAsync(factory, "HN-HK-UBND", ReviewData.LastQuarter), NotificationKind.ReportAccepted);
        var waiting = Assert.Single(await factory.DeliveriesAsync(DemoAccounts.HoanKiemHead), d => d.Channel == NoticeChannel.Digest);

        await SaveAsync(head, NoticeMode.Digest, 6);

        var moved = Assert.Single(await factory.DeliveriesAsync(DemoAccounts.HoanKiemHead), d => d.Id == waiting.Id);
        Assert.Equal(new DateTimeOffset(2026, 11, 26, 20, 0, 0, Hanoi.Offset).UtcDateTime, waiting.DueAtUtc);
        Assert.Equal(new DateTimeOffset(2026, 11, 27, 6, 0, 0, Hanoi.Offset).UtcDateTime, moved.DueAtUtc);
    }

    private static async Task SaveAsync(HttpClient client, NoticeMode mode, int hour)
    {
        var page = await HtmlPage.GetAsync(client, "/Account/Notices");
        var fields = NoticesModelKinds().ToDictionary(k => $"Input.Modes[{k}]", _ => mode.ToString());
        fields["Input.DigestHour"] = hour.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(HttpStatusCode.Redirect, (await page.PostFormAsync(client, Form, fields)).StatusCode);
    }

    private static NotificationKind[] NoticesModelKinds() => Pages.Account.NoticesModel.Kinds;

    private Task<int> SettingsCountAsync(string userName) =>
        factory.QueryAsync(db => db.NoticeSettings.CountAsync(s => db.Users.Any(u => u.Id == s.UserId && u.UserName == userName)));
}
