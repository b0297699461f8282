using System.Net;
using DanVan.Data.Seeding;
using DanVan.Domain.Notifications;
using DanVan.Web.Tests.Infrastructure;
using DanVan.Web.Tests.Reporting.Editing;
using DanVan.Web.Tests.Reporting.Review;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Tests.Reporting.Notifications.Email;

/// <summary>
/// Notices by e-mail through a real SMTP server on loopback: a ward's submission reaches its district's reviewer (and no
/// other reviewer), a return and an acceptance reach the agency's head and staff, in their language, with plain text,
/// HTML, the user's name and an absolute link; nothing is sent twice.
/// </summary>
public sealed class EmailDeliveryTests(EmailFactory factory) : IClassFixture<EmailFactory>
{
    [Fact]
    public async Task A_ward_heads_submission_reaches_only_the_districts_reviewer_and_the_return_reaches_head_and_staff_each_in_their_language()
    {
        var periodId = await factory.CurrentPeriodIdAsync();
        await factory.QueryAsync(db => db.Reports.Where(r => r.Agency!.Code == ReportEditor.HangBac && r.PeriodId == periodId).ExecuteDeleteAsync());
        var head = await factory.ClientAsync(DemoAccounts.HangBacHead);
        var form = await ReportEditor.OpenAsync(head, periodId);

        var response = await ReportEditor.PostAsync(head, form, "Submit", fields =>
        {
            (fields[$"{ReportEditor.Line(0)}.Progress"], fields[$"{ReportEditor.Line(0)}.CompletedOn"], fields[$"{ReportEditor.Line(0)}.Percent"]) = ("Done", "2026-11-20", "100");
            fields[$"{ReportEditor.Line(0)}.Results"] = "Đã tổ chức hội nghị đối thoại với Nhân dân.";
        });
        await factory.SendAsync();

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var reportId = (await factory.HangBacReportAsync(periodId))!.Id;
        var bells = await factory.QueryAsync(db => db.Notifications.Where(n => n.Kind == NotificationKind.ReportSubmitted && n.ReportId == reportId)
            .Select(n => db.Users.Where(u => u.Id == n.UserId).Select(u => u.UserName).Single()).ToListAsync());
        Assert.Equal([DemoAccounts.HoanKiemReviewer], bells);
        var mail = Assert.Single(factory.Smtp.To(DemoAccounts.HoanKiemReviewer));
        Assert.Empty(factory.Smtp.To(DemoAccounts.BaDinhReviewer));
        Assert.Empty(factory.Smtp.To(DemoAccounts.CityReviewer));
        var name = await factory.QueryAsync(db => db.Users.Where(u => u.UserName == DemoAccounts.HoanKiemReviewer).Select(u => u.FullName).SingleAsync());
        var link = $"{EmailFactory.BaseUrl}Review/Report/{reportId}";
        Assert.Equal("Báo cáo Quý IV/2026 của Ủy ban nhân dân phường Hàng Bạc đã được gửi, chờ đồng chí thẩm định", mail.Subject);
        Assert.Equal((EmailFactory.Sender, "Cổng theo dõi Chỉ thị 07-CT/TU"), (mail.From.Mailboxes.Single().Address, mail.From.Mailboxes.Single().Name));
        Assert.Contains($"Kính gửi đồng chí {name},", MailAssert.Text(mail), StringComparison.Ordinal);
        Assert.Contains(link, MailAssert.Text(mail), StringComparison.Ordinal);
        Assert.Contains($"<a href=\"{link}\">", MailAssert.Html(mail), StringComparison.Ordinal);
        Assert.Contains(name, MailAssert.Html(mail), StringComparison.Ordinal);
        Assert.Contains($"{EmailFactory.BaseUrl}Account/Notices", MailAssert.Text(mail), StringComparison.Ordinal);

        // The reviewer returns it: the ward's head and staff are told, the staff member (who chose English) in English.
        var english = await SignIn.AsAsync(factory, DemoAccounts.HangBacStaff);
        var home = await HtmlPage.GetAsync(english, "/");
        await home.PostFormAsync(english, "form[action^='/Culture']", new Dictionary<string, string> { ["culture"] = "en-US" });
        var reviewer = await factory.ClientAsync(DemoAccounts.HoanKiemReviewer);
        var page = await HtmlPage.GetAsync(reviewer, $"/Review/Report/{reportId}");
        const string comment = "Bổ sung <b>số liệu</b> & minh chứng";

        var returned = await page.PostFormAsync(reviewer, "form[action*='handler=Return']", new Dictionary<string, string> { ["Input.Comment"] = comment });
        await factory.SendAsync();
        await factory.SendAsync();

        Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);
        var vietnamese = Assert.Single(factory.Smtp.To(DemoAccounts.HangBacHead));
        Assert.Equal("Báo cáo Quý IV/2026 của Ủy ban nhân dân phường Hàng Bạc bị trả lại", vietnamese.Subject);
        Assert.Contains("Kính gửi đồng chí Dương Văn Nam,", MailAssert.Text(vietnamese), StringComparison.Ordinal);
        Assert.Contains(comment, MailAssert.Text(vietnamese), StringComparison.Ordinal);
        Assert.Contains("Bổ sung &lt;b&gt;số liệu&lt;/b&gt; &amp; minh chứng", MailAssert.Html(vietnamese), StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", MailAssert.Html(vietnamese), StringComparison.Ordinal);
        var inEnglish = Assert.Single(factory.Smtp.To(DemoAccounts.HangBacStaff));
        Assert.StartsWith("The report for", inEnglish.Subject, StringComparison.Ordinal);
        Assert.EndsWith("was returned", inEnglish.Subject, StringComparison.Ordinal);
        Assert.StartsWith("Dear Lý Thị Thảo,", MailAssert.Text(inEnglish), StringComparison.Ordinal);
        Assert.Contains($"<a href=\"{EmailFactory.BaseUrl}Reports/Edit/{periodId}\">", MailAssert.Html(inEnglish), StringComparison.Ordinal);
        Assert.Single(factory.Smtp.To(DemoAccounts.HoanKiemReviewer));
    }

    [Fact]
    public async Task An_acceptance_reaches_every_head_and_staff_of_the_agency_and_no_one_else()
    {
        var reportId = await ReviewData.ReportIdAsync(factory, "HN-BD-PX-UBND", ReviewData.LastQuarter);
        var expected = await factory.QueryAsync(db => db.Users.Where(u => u.Agency!.Code == "HN-BD-PX-UBND")
            .Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && (r.Name == "AgencyHead" || r.Name == "AgencyStaff"))))
            .Select(u => u.Email!).ToListAsync());
        var reviewer = await factory.ClientAsync(DemoAccounts.BaDinhReviewer);
        var page = await HtmlPage.GetAsync(reviewer, $"/Review/Report/{reportId}");

        var response = await page.PostFormAsync(reviewer, "form[action*='handler=Accept']", new Dictionary<string, string>());
        await factory.SendAsync();

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var accepted = factory.Smtp.Messages.Where(m => m.Subject?.Contains("được chấp nhận", StringComparison.Ordinal) == true && m.Subject.Contains("Phúc Xá", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Order(StringComparer.OrdinalIgnoreCase), accepted.Select(m => m.To.Mailboxes.Single().Address).Order(StringComparer.OrdinalIgnoreCase));
    }
}
