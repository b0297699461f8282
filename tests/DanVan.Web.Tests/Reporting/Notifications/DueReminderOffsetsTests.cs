using DanVan.Data.Seeding;
using DanVan.Domain;
using DanVan.Domain.Notifications;
using DanVan.Domain.Reporting;
using DanVan.Web.Reporting;
using DanVan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Web.Tests.Reporting.Notifications;

/// <summary>Due-date reminders go out 7 and 2 days before the due date by default, each its own notice, each once.</summary>
public sealed class DueReminderOffsetsTests(DanVanFactory factory) : IClassFixture<DanVanFactory>
{
    [Fact]
    public async Task A_week_before_and_two_days_before_the_due_date_each_remind_once()
    {
        var period = await factory.QueryAsync(db => db.Periods.SingleAsync(p => p.Kind == PeriodKind.Quarter && p.Year == 2026 && p.Number == 4));
        var at = (int days) => Hanoi.EndOfDayUtc(period.DueOn.AddDays(-days)).AddHours(-14);

        await RunAsync(at(8));
        var beforeFirst = await KeysAsync(period.Id);
        await RunAsync(at(7));
        await RunAsync(at(6));
        await RunAsync(at(2));
        await RunAsync(at(1));

        Assert.Empty(beforeFirst);
        Assert.Equal(
            [NoticeKeys.ForPeriod(NotificationKind.DueSoon, period.Id, 2), NoticeKeys.ForPeriod(NotificationKind.DueSoon, period.Id, 7)],
            await KeysAsync(period.Id));
        var perUser = await factory.QueryAsync(db => db.Notifications.Where(n => n.PeriodId == period.Id && n.Kind == NotificationKind.DueSoon)
            .GroupBy(n => n.UserId).Select(g => g.Count()).ToListAsync());
        Assert.All(perUser, count => Assert.Equal(2, count));
        Assert.Equal(2, await factory.QueryAsync(db => db.Notifications.CountAsync(n =>
            n.PeriodId == period.Id && n.Kind == NotificationKind.DueSoon && db.Users.Any(u => u.Id == n.UserId && u.UserName == DemoAccounts.HangBacHead))));
    }

    private Task<List<string>> KeysAsync(int periodId) =>
        factory.QueryAsync(db => db.Notifications.Where(n => n.PeriodId == periodId && n.Kind == NotificationKind.DueSoon)
            .Select(n => n.Key).Distinct().OrderBy(k => k).ToListAsync());

    private async Task RunAsync(DateTime nowUtc)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<PeriodReminders>().RunOnceAsync(nowUtc, CancellationToken.None);
    }
}
