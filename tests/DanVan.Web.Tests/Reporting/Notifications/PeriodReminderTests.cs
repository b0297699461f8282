using DanVan.Data;
using DanVan.Data.Identity;
using DanVan.Data.Seeding;
using DanVan.Domain;
using DanVan.Domain.Notifications;
using DanVan.Domain.Reporting;
using DanVan.Web.Reporting;
using DanVan.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Web.Tests.Reporting.Notifications;

/// <summary>Reminders about Q4/2026 (due 20/12/2026): period opened, due soon and overdue, each once per user and period.</summary>
public sealed class PeriodReminderTests(DanVanFactory factory) : IClassFixture<DanVanFactory>
{
    /// <summary>An account of Hàng Trống's People's Committee, whose Q4 report is already submitted in the demo data.</summary>
    private const string SubmittedHead = "hangtrong.head@danvan.local";

    [Fact]
    public async Task Two_runs_two_days_before_the_due_date_remind_each_user_of_agencies_without_a_submission_once()
    {
        var period = await CurrentPeriodAsync();
        var at = At(period.DueOn.AddDays(-2));

        await RunAsync(at);
        await RunAsync(at.AddHours(1));

        var dueSoon = await NotifiedAsync(period.Id, NotificationKind.DueSoon);
        Assert.All(dueSoon.GroupBy(n => n), g => Assert.Single(g));
        Assert.Equal(await ExpectedAsync(period.Id, withoutSubmission: true), dueSoon.ToHashSet());
        Assert.Contains(DemoAccounts.HangBacHead, dueSoon);
        Assert.Contains(DemoAccounts.HangBacStaff, dueSoon);
        Assert.DoesNotContain(SubmittedHead, dueSoon);
        Assert.DoesNotContain(DemoAccounts.HangBacViewer, dueSoon);
        Assert.DoesNotContain(DemoAccounts.HoanKiemReviewer, dueSoon);
        var opened = await NotifiedAsync(period.Id, NotificationKind.PeriodOpened);
        Assert.Equal(await ExpectedAsync(period.Id, withoutSubmission: false), opened.ToHashSet());
        Assert.Equal(opened.Count, opened.Distinct().Count());
        Assert.Contains(SubmittedHead, opened);
        Assert.Empty(await NotifiedAsync(period.Id, NotificationKind.Overdue));

        var client = await SignIn.AsAsync(factory, DemoAccounts.HangBacHead);
        var list = await HtmlPage.GetAsync(client, "/Notifications");
        Assert.Contains("Còn 2 ngày đến hạn gửi báo cáo Quý IV/2026", list.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_the_due_date_agencies_without_a_submission_are_told_once_that_they_are_overdue()
    {
        var period = await CurrentPeriodAsync();
        var at = At(period.DueOn.AddDays(1));

        await RunAsync(at);
        await RunAsync(at.AddDays(1));

        var overdue = await NotifiedAsync(period.Id, NotificationKind.Overdue);
        Assert.Equal(await ExpectedAsync(period.Id, withoutSubmission: true), overdue.ToHashSet());
        Assert.Equal(overdue.Count, overdue.Distinct().Count());
        Assert.DoesNotContain(SubmittedHead, overdue);
    }

    [Fact]
    public async Task Nothing_is_sent_about_a_closed_period()
    {
        var period = await CurrentPeriodAsync();
        var previous = await factory.QueryAsync(db => db.Periods.SingleAsync(p => p.Kind == PeriodKind.Quarter && p.Year == 2026 && p.Number == 3));

        await RunAsync(At(period.DueOn.AddDays(-10)));

        Assert.Empty(await NotifiedAsync(previous.Id, NotificationKind.Overdue));
        Assert.Empty(await NotifiedAsync(previous.Id, NotificationKind.PeriodOpened));
    }

    private static DateTime At(DateOnly hanoiDay) => Hanoi.EndOfDayUtc(hanoiDay).AddHours(-14);

    private async Task<ReportingPeriod> CurrentPeriodAsync()
    {
        var normalized = SubmittedHead.ToUpperInvariant();
        if (!await factory.QueryAsync(db => db.Users.AnyAsync(u => u.NormalizedUserName == normalized)))
        {
            await factory.CreateUserAsync(SubmittedHead, DemoAccounts.Password, Roles.AgencyHead, "HN-HK-HT-UBND", mustChangePassword: false);
        }

        return await factory.QueryAsync(db => db.Periods.SingleAsync(p => p.Kind == PeriodKind.Quarter && p.Year == 2026 && p.Number == 4));
    }

    private async Task RunAsync(DateTime nowUtc)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<PeriodReminders>().RunOnceAsync(nowUtc, CancellationToken.None);
    }

    private Task<List<string>> NotifiedAsync(int periodId, NotificationKind kind) =>
        factory.QueryAsync(db => db.Notifications.Where(n => n.PeriodId == periodId && n.Kind == kind)
            .Join(db.Users, n => n.UserId, u => u.Id, (n, u) => u.UserName!).ToListAsync());

    /// <summary>Heads and staff (through Identity) of agencies with assignments, less those whose report is submitted or accepted.</summary>
    private async Task<HashSet<string>> ExpectedAsync(int periodId, bool withoutSubmission)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var db = scope.ServiceProvider.GetRequiredService<DanVanDbContext>();
        var assigned = (await db.Assignments.Select(a => a.AgencyId).Distinct().ToListAsync()).ToHashSet();
        var submitted = (await db.Reports.Where(r => r.PeriodId == periodId && (r.Status == ReportStatus.Submitted || r.Status == ReportStatus.Accepted))
            .Select(r => r.AgencyId).ToListAsync()).ToHashSet();
        var people = (await users.GetUsersInRoleAsync(Roles.AgencyHead)).Concat(await users.GetUsersInRoleAsync(Roles.AgencyStaff));
        return people.Where(u => assigned.Contains(u.AgencyId) && !(withoutSubmission && submitted.Contains(u.AgencyId))).Select(u => u.UserName!).ToHashSet();
    }
}

/// <summary>A portal running across a quarter's data cut-off opens the next quarter by itself.</summary>
public sealed class NextQuarterOpensTests(DanVanFactory factory) : IClassFixture<DanVanFactory>
{
    [Fact]
    public async Task From_the_15th_of_December_the_first_quarter_of_2027_exists_and_its_agencies_are_told_once()
    {
        var firstDay = Hanoi.EndOfDayUtc(new DateOnly(2026, 12, 14)).AddHours(8);

        await RunAsync(firstDay.AddHours(-9));
        Assert.False(await ExistsAsync());
        await RunAsync(firstDay);
        await RunAsync(firstDay.AddHours(1));

        var q1 = await factory.QueryAsync(db => db.Periods.SingleAsync(p => p.Kind == PeriodKind.Quarter && p.Year == 2027 && p.Number == 1));
        Assert.Equal((new DateOnly(2026, 12, 15), new DateOnly(2027, 3, 14), new DateOnly(2027, 3, 20)), (q1.DataFrom, q1.DataTo, q1.DueOn));
        var opened = await factory.QueryAsync(db => db.Notifications.Where(n => n.PeriodId == q1.Id && n.Kind == NotificationKind.PeriodOpened).Select(n => n.UserId).ToListAsync());
        Assert.NotEmpty(opened);
        Assert.Equal(opened.Count, opened.Distinct().Count());
    }

    private Task<bool> ExistsAsync() =>
        factory.QueryAsync(db => db.Periods.AnyAsync(p => p.Kind == PeriodKind.Quarter && p.Year == 2027 && p.Number == 1));

    private async Task RunAsync(DateTime nowUtc)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<PeriodReminders>().RunOnceAsync(nowUtc, CancellationToken.None);
    }
}
