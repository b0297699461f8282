using System.Globalization;
using System.Net;
using DanVan.Data;
using DanVan.Data.Seeding;
using DanVan.Domain.Notifications;
using DanVan.Web.Notices;
using DanVan.Web.Tests.Infrastructure;
using DanVan.Web.Tests.Reporting.History;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Web.Tests.Reporting.Notifications;

/// <summary>The bell and the notification list after Hàng Bạc's current report was returned (through the domain and the Notifier).</summary>
public sealed class NotificationTests(SignedInFactory factory) : IClassFixture<SignedInFactory>
{
    private const string ReturnedSentence = "Báo cáo Quý IV/2026 của Ủy ban nhân dân phường Hàng Bạc bị trả lại";

    [Fact]
    public async Task Returned_report_rings_the_heads_bell_until_all_are_marked_read()
    {
        await ReturnedAsync();
        var client = await factory.ClientAsync(DemoAccounts.HangBacHead);
        var unread = await UnreadAsync(DemoAccounts.HangBacHead);
        Assert.True(unread > 0);

        Assert.Equal(unread, await BellAsync(client));
        var list = await HtmlPage.GetAsync(client, "/Notifications");
        var item = list.Document.QuerySelectorAll("[data-testid=notifications] li").First(li => li.GetAttribute("data-kind") == nameof(NotificationKind.ReportReturned));
        Assert.Equal(ReturnedSentence, item.QuerySelector("button")!.TextContent.Trim());
        Assert.Equal("false", item.GetAttribute("data-read"));

        var response = await list.PostFormAsync(client, "[data-testid=mark-all-read]", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(0, await BellAsync(client));
        Assert.Equal(0, await UnreadAsync(DemoAccounts.HangBacHead));
        var after = await HtmlPage.GetAsync(client, "/Notifications");
        Assert.All(after.Document.QuerySelectorAll("[data-testid=notifications] li"), li => Assert.Equal("true", li.GetAttribute("data-read")));
    }

    [Fact]
    public async Task Opening_a_returned_notice_marks_it_read_and_opens_the_form_that_corrects_the_report()
    {
        var reportId = await ReturnedAsync();
        var client = await factory.ClientAsync(DemoAccounts.HangBacStaff);
        var list = await HtmlPage.GetAsync(client, "/Notifications");
        var item = list.Document.QuerySelectorAll("[data-testid=notifications] li").Single(li => li.GetAttribute("data-kind") == nameof(NotificationKind.ReportReturned));
        var id = long.Parse(item.GetAttribute("data-notification")!, CultureInfo.InvariantCulture);

        var byGet = await client.GetAsync($"/Notifications?handler=Open&id={id}");
        Assert.Null(await factory.QueryAsync(db => db.Notifications.Where(n => n.Id == id).Select(n => n.ReadAtUtc).SingleAsync()));

        var response = await list.PostFormAsync(client, $"[data-notification='{id}'] form[data-testid=open-notification]", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var periodId = await factory.QueryAsync(db => db.Reports.Where(r => r.Id == reportId).Select(r => r.PeriodId).SingleAsync());
        Assert.Equal($"/Reports/Edit/{periodId}", response.Headers.Location?.OriginalString);
        Assert.NotEqual(HttpStatusCode.Redirect, byGet.StatusCode);
        Assert.NotNull(await factory.QueryAsync(db => db.Notifications.Where(n => n.Id == id).Select(n => n.ReadAtUtc).SingleAsync()));
    }

    [Fact]
    public async Task Another_users_notifications_are_neither_listed_nor_opened()
    {
        await ReturnedAsync();
        var (id, readAt) = await factory.QueryAsync(async db =>
        {
            var head = await WorkflowSetup.ActorAsync(db, DemoAccounts.HangBacHead);
            var userId = head.UserId;
            var n = await db.Notifications.Where(n => n.UserId == userId && n.Kind == NotificationKind.ReportReturned).SingleAsync();
            return (n.Id, n.ReadAtUtc);
        });
        var other = await factory.ClientAsync(DemoAccounts.PhucXaHead);

        var list = await HtmlPage.GetAsync(other, "/Notifications");
        var own = await HtmlPage.GetAsync(other, "/Notifications");
        var open = await other.PostAsync($"/Notifications?handler=Open&id={id}", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = own.AntiforgeryToken() }));

        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Null(list.Document.QuerySelector($"[data-notification='{id}']"));
        Assert.DoesNotContain("Hàng Bạc", list.Document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, open.StatusCode);
        Assert.Equal(readAt, await factory.QueryAsync(db => db.Notifications.Where(n => n.Id == id).Select(n => n.ReadAtUtc).SingleAsync()));
    }

    /// <summary>Submits and returns Hàng Bạc's Q4 report once per class, notifying its heads and staff as the review page does.</summary>
    private async Task<int> ReturnedAsync()
    {
        var id = await factory.ReportIdAsync(WorkflowSetup.HangBac);
        if (await factory.QueryAsync(db => db.Reports.Where(r => r.Id == id).Select(r => r.Version).SingleAsync()) > 0)
        {
            return id;
        }

        var now = factory.Clock.GetUtcNow().UtcDateTime;
        await using var scope = factory.Services.CreateAsyncScope();
        var notifier = scope.ServiceProvider.GetRequiredService<Notifier>();
        var db = scope.ServiceProvider.GetRequiredService<DanVanDbContext>();
        var report = await db.Reports.WithContent().SingleAsync(r => r.Id == id);
        report.Submit(await WorkflowSetup.ActorAsync(db, DemoAccounts.HangBacHead), now.AddHours(-2));
        report.Return(await WorkflowSetup.ActorAsync(db, DemoAccounts.HoanKiemReviewer), "Đề nghị bổ sung số liệu.", now.AddHours(-1));
        await notifier.NotifyAsync(report, NotificationKind.ReportReturned, now, CancellationToken.None);
        await db.SaveChangesAsync();
        return id;
    }

    private static async Task<int> BellAsync(HttpClient client)
    {
        var home = await HtmlPage.GetAsync(client, "/");
        return int.Parse(home.Document.QuerySelector("[data-testid=notification-bell]")!.GetAttribute("data-unread")!, CultureInfo.InvariantCulture);
    }

    private Task<int> UnreadAsync(string userName) =>
        factory.QueryAsync(async db =>
        {
            var userId = (await WorkflowSetup.ActorAsync(db, userName)).UserId;
            return await db.Notifications.CountAsync(n => n.UserId == userId && n.ReadAtUtc == null);
        });
}
