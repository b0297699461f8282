using DanVan.Data;
using DanVan.Domain.Notifications;
using DanVan.Domain.Settings;
using DanVan.Web.Hosting;
using DanVan.Web.Reporting;
using DanVan.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace DanVan.Web.Tests.Operations;

/// <summary>
/// Background jobs run on one instance at a time: a lease row in the shared database, taken by one conditional UPDATE,
/// renewed by its holder, taken over only after it expires. Two reminder jobs on one database create each reminder once.
/// </summary>
public sealed class JobLeaseTests(DanVanFactory factory) : IClassFixture<DanVanFactory>
{
    private static readonly DateTime Now = new(2026, 11, 26, 3, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task One_holder_at_a_time_until_the_lease_expires_or_is_released()
    {
        var minute = TimeSpan.FromMinutes(1);
        const string Job = "test-lease";

        Assert.True(await HoldAsync(Job, "a", minute, Now));
        Assert.False(await HoldAsync(Job, "b", minute, Now.AddSeconds(30)));
        Assert.True(await HoldAsync(Job, "a", minute, Now.AddSeconds(50)));
        Assert.False(await HoldAsync(Job, "b", minute, Now.AddSeconds(100)));
        Assert.True(await HoldAsync(Job, "b", minute, Now.AddSeconds(111)));
        Assert.False(await HoldAsync(Job, "a", minute, Now.AddSeconds(112)));

        Assert.Equal(1, await factory.QueryAsync(db => JobLeases.ReleaseAsync(db, Job, "b", Now.AddSeconds(113), CancellationToken.None)));
        Assert.True(await HoldAsync(Job, "a", minute, Now.AddSeconds(114)));
        Assert.Equal("a", await factory.QueryAsync(db => db.JobLeases.Where(l => l.Name == Job).Select(l => l.Holder).SingleAsync()));
    }

    [Fact]
    public async Task Two_instances_racing_for_a_new_lease_give_it_to_one()
    {
        const string Job = "test-race";

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => HoldAsync(Job, $"instance-{i}", TimeSpan.FromMinutes(5), Now)));

        Assert.Equal(1, results.Count(won => won));
    }

    [Fact]
    public async Task Two_instances_running_the_reminders_create_each_reminder_once()
    {
        var first = Service(new PortalInstance(NullLogger<PortalInstance>.Instance));
        var second = Service(new PortalInstance(NullLogger<PortalInstance>.Instance));
        var lease = TimeSpan.FromMinutes(65);
        var before = await factory.QueryAsync(db => db.Notifications.CountAsync(n => n.Kind == NotificationKind.PeriodOpened));

        var ran = await Task.WhenAll(first.RunAsync(lease, CancellationToken.None), second.RunAsync(lease, CancellationToken.None));

        Assert.Equal(1, ran.Count(r => r));
        var opened = await factory.QueryAsync(db => db.Notifications.Where(n => n.Kind == NotificationKind.PeriodOpened).GroupBy(n => new { n.UserId, n.Key }).Select(g => g.Count()).ToListAsync());
        Assert.True(opened.Count > before, "The reminder run should have created period-opened notices.");
        Assert.All(opened, count => Assert.Equal(1, count));
        Assert.False(await second.RunAsync(lease, CancellationToken.None) && await first.RunAsync(lease, CancellationToken.None));
    }

    [Fact]
    public async Task A_stopping_instance_gives_up_its_lease_once_however_often_its_host_is_stopped()
    {
        const string Job = "test-stop";
        var instance = new PortalInstance(NullLogger<PortalInstance>.Instance);
        var scopes = new CountingScopes(factory.Services.GetRequiredService<IServiceScopeFactory>());
        Assert.True(await HoldAsync(Job, instance.Id, TimeSpan.FromMinutes(5), Now));

        await Task.WhenAll(instance.ReleaseAsync(scopes, Job, Now), instance.ReleaseAsync(scopes, Job, Now));
        await instance.ReleaseAsync(scopes, Job, Now.AddSeconds(1));

        Assert.Equal(1, scopes.Created);
        Assert.True(await HoldAsync(Job, "another", TimeSpan.FromMinutes(5), Now.AddSeconds(2)));
    }

    [Fact]
    public void Instance_names_fit_the_lease_column_however_long_the_machine_name()
    {
        var name = PortalInstance.Name(new string('m', 500), 12345, Guid.Empty);

        Assert.Equal(JobLease.HolderLength, name.Length);
        Assert.EndsWith("/12345/00000000000000000000000000000000", name, StringComparison.Ordinal);
        Assert.NotEqual(new PortalInstance(NullLogger<PortalInstance>.Instance).Id, new PortalInstance(NullLogger<PortalInstance>.Instance).Id);
    }

    private PeriodReminderService Service(PortalInstance instance) => new(
        factory.Services.GetRequiredService<IServiceScopeFactory>(),
        factory.Clock,
        factory.Services.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>(),
        instance,
        NullLogger<PeriodReminderService>.Instance);

    /// <summary>Counts the scopes created, each of which a release opens the database in.</summary>
    private sealed class CountingScopes(IServiceScopeFactory scopes) : IServiceScopeFactory
    {
        private int _created;

        public int Created => Volatile.Read(ref _created);

        public IServiceScope CreateScope()
        {
            Interlocked.Increment(ref _created);
            return scopes.CreateScope();
        }
    }

    private async Task<bool> HoldAsync(string job, string holder, TimeSpan duration, DateTime now)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DanVanDbContext>();
        return await JobLeases.TryHoldAsync(db, job, holder, duration, now, CancellationToken.None);
    }
}
