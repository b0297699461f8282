using System.Net;
using DanVan.Data.Seeding;
using DanVan.Domain.Notifications;
using DanVan.Web.Tests.Infrastructure;
using DanVan.Web.Tests.Reporting.History;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Tests.Reporting.Notifications.Email;

/// <summary>A failed send is retried after 1, 5, 25… minutes on the portal's clock; after the last attempt administrators see it.</summary>
public sealed class RetryTests(EmailFactory factory) : IClassFixture<EmailFactory>
{
    [Fact]
    public async Task A_send_that_fails_while_the_server_is_down_goes_out_after_back_off_once_it_is_up()
    {
        await factory.Smtp.StopAsync();
        var reportId = await factory.ReportIdAsync(WorkflowSetup.HangBac);
        await factory.NotifyAsync(reportId, NotificationKind.ReportAccepted);

        Assert.Equal(0, await factory.SendAsync());
        var failed = Assert.Single(await factory.DeliveriesAsync(DemoAccounts.HangBacHead));
        Assert.Equal((DeliveryState.Pending, 1), (failed.State, failed.Attempts));
        Assert.Equal(factory.Clock.GetUtcNow().UtcDateTime.AddMinutes(1), failed.DueAtUtc);
        Assert.False(string.IsNullOrEmpty(failed.LastError));

        await factory.Smtp.StartAsync();
        Assert.Equal(0, await factory.SendAsync());
        factory.Clock.Advance(TimeSpan.FromMinutes(1));
        var sent = await factory.SendAsync();

        Assert.Equal(2, sent);
        var delivered = Assert.Single(await factory.DeliveriesAsync(DemoAccounts.HangBacHead));
        Assert.Equal((DeliveryState.Sent, 1), (delivered.State, delivered.Attempts));
        Assert.Single(factory.Smtp.To(DemoAccounts.HangBacHead));
    }

    [Fact]
    public async Task After_the_last_attempt_the_delivery_fails_and_administrators_see_it_with_the_error_escaped()
    {
        var reportId = await factory.ReportIdAsync("HN-BD-PX-UBND", 3);
        await factory.Smtp.StopAsync();
        await factory.NotifyAsync(reportId, NotificationKind.ReportReturned);
        var waits = new[] { 0, 1, 5, 25, 125 };

        foreach (var minutes in waits)
        {
            factory.Clock.Advance(TimeSpan.FromMinutes(minutes));
            await factory.SendAsync();
        }

        factory.Clock.Advance(TimeSpan.FromDays(1));
        await factory.SendAsync();
        await factory.Smtp.StartAsync();
        var given = Assert.Single(await factory.DeliveriesAsync(DemoAccounts.PhucXaHead));
        Assert.Equal((DeliveryState.Failed, 5), (given.State, given.Attempts));
        await factory.QueryAsync(db => db.NoticeDeliveries.Where(d => d.Id == given.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.LastError, "550 <script>alert(1)</script> mailbox unavailable")));
        var admin = await factory.ClientAsync(DemoAccounts.Admin);
        var start = await HtmlPage.GetAsync(admin, "/Admin");
        var list = await HtmlPage.GetAsync(admin, "/Admin/Notices");

        Assert.Equal("1", start.Document.QuerySelector("[data-testid=admin-notices] .badge")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        var row = list.Document.QuerySelector($"[data-delivery='{given.Id}']")!;
        Assert.Contains("Trần Quang Dũng", row.TextContent, StringComparison.Ordinal);
        Assert.Equal("550 <script>alert(1)</script> mailbox unavailable", row.QuerySelector("[data-testid=error]")!.TextContent);
        Assert.Null(row.QuerySelector("script"));
        Assert.Contains("&lt;script&gt;", await (await admin.GetAsync("/Admin/Notices")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(factory.Smtp.To(DemoAccounts.PhucXaHead));
    }
}
