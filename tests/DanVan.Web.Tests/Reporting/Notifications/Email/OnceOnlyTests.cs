using DanVan.Data.Seeding;
using DanVan.Domain.Notifications;
using DanVan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Web.Tests.Reporting.Notifications.Email;

/// <summary>
/// Each notice is mailed once per user: a second run, a restarted portal on the same database (a new job instance) and
/// two runs at the same time send nothing twice, and a reminder run twice creates no second notice or delivery.
/// </summary>
public sealed class OnceOnlyTests(EmailFactory factory) : IClassFixture<EmailFactory>
{
    [Fact]
    public async Task Reminders_are_mailed_once_across_repeated_runs_a_restart_and_two_concurrent_runs()
    {
        // Q4/2026 is open: every head and staff of an agency with assignments is told once that reporting is open.
        await factory.RemindAsync();
        await factory.RemindAsync();
        var deliveries = await factory.QueryAsync(db => db.NoticeDeliveries.CountAsync());
        Assert.True(deliveries >= 5, $"Only {deliveries} deliveries.");
        Assert.Equal(deliveries, await factory.QueryAsync(db => db.Notifications.CountAsync(n => n.Kind == NotificationKind.PeriodOpened)));

        var first = factory.SendAsync();
        var second = factory.SendAsync();
        var sent = (await first) + (await second);
        var third = await factory.SendAsync();
        int afterRestart;
        await using (var restarted = factory.Restart())
        {
            await restarted.RemindAsync();
            afterRestart = await restarted.SendAsync();
        }

        Assert.Equal(deliveries, sent);
        Assert.Equal(0, third);
        Assert.Equal(0, afterRestart);
        Assert.Equal(deliveries, factory.Smtp.Messages.Count);
        Assert.All(factory.Smtp.Messages.GroupBy(m => (m.To.Mailboxes.Single().Address, m.Subject)), g => Assert.Single(g));
        Assert.Single(factory.Smtp.To(DemoAccounts.HangBacHead));
        Assert.Equal(deliveries, await factory.QueryAsync(db => db.NoticeDeliveries.CountAsync(d => d.State == DeliveryState.Sent)));
    }

    [Fact]
    public async Task The_database_refuses_a_second_notice_of_the_same_occasion_for_the_same_user()
    {
        var userId = await factory.QueryAsync(db => db.Users.Where(u => u.UserName == DemoAccounts.HangBacViewer).Select(u => u.Id).SingleAsync());
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        await factory.QueryAsync(db =>
        {
            db.Notifications.Add(Notification.About(userId, NotificationKind.PeriodOpened, "test:once", now));
            return db.SaveChangesAsync();
        });

        await Assert.ThrowsAsync<DbUpdateException>(() => factory.QueryAsync(db =>
        {
            db.Notifications.Add(Notification.About(userId, NotificationKind.PeriodOpened, "test:once", now));
            return db.SaveChangesAsync();
        }));
    }
}
