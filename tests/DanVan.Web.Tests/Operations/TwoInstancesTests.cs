using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using DanVan.Data.Seeding;
using DanVan.Testing;
using DanVan.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace DanVan.Web.Tests.Operations;

/// <summary>
/// Two instances of the built portal behind Debian's nginx (deploy/nginx/danvan-two-instances.conf), sharing one SQLite
/// file, prepared once by the migrate command: the reminders and their e-mails are sent once, not once per instance;
/// four heads sign in and save through both instances at once; the instance that handled a head's sign-in is killed
/// mid-burst and the heads go on, on the other, without being signed out; every acknowledged write is stored once.
/// </summary>
public sealed partial class TwoInstancesTests(ITestOutputHelper output) : IDisposable
{
    private static readonly string[] Heads = [DemoAccounts.HangBacHead, DemoAccounts.CityHead, DemoAccounts.HoanKiemHead, DemoAccounts.PhucXaHead];

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "danvan-two", Guid.NewGuid().ToString("N"));

    private string DatabasePath => Path.Combine(_folder, "danvan.db");

    [NginxFact]
    public async Task Two_instances_share_the_work_survive_losing_one_and_send_each_notice_once()
    {
        Directory.CreateDirectory(_folder);
        var clock = Stopwatch.StartNew();
        await using var smtp = new SmtpSink();
        await smtp.StartAsync();
        var migrated = await PortalProcess.RunCommandAsync(Settings(smtp.Port), "migrate");
        Assert.True(migrated.ExitCode == 0, migrated.ToString());
        output.WriteLine($"Migrated and seeded after {clock.Elapsed.TotalSeconds:0.0} s.");

        var starting = new[] { PortalProcess.StartBehindProxyAsync(Settings(smtp.Port, instance: true)), PortalProcess.StartBehindProxyAsync(Settings(smtp.Port, instance: true)) };
        var instances = await Task.WhenAll(starting);
        await using var first = instances[0];
        await using var second = instances[1];
        await using var nginx = await NginxProcess.StartAsync(Path.Combine(_folder, "nginx"), first.BaseAddress.Port, second.BaseAddress.Port);
        output.WriteLine($"Two instances and nginx ready after {clock.Elapsed.TotalSeconds:0.0} s.");

        var reminders = await UntilRemindersSentAsync(smtp);
        output.WriteLine($"{reminders} reminder notices created and mailed after {clock.Elapsed.TotalSeconds:0.0} s.");

        var heads = await Task.WhenAll(Heads.Select(head => SignInAsync(nginx, head)));
        var periodId = await PortalFolder.CurrentPeriodIdAsync(heads[0].Client);
        var victim = heads[0].SignedInOn == first.BaseAddress.Authority ? first : second;
        var acknowledged = new ConcurrentQueue<Write>();
        using var stop = new CancellationTokenSource();
        var killedAt = new TaskCompletionSource();
        var workers = heads.Select((h, i) => Task.Run(() => WorkAsync(i, h.Client, periodId, acknowledged, killedAt.Task, stop.Token))).ToList();

        await UntilAsync(() => acknowledged.Count >= 20, workers);
        await victim.KillAsync();
        killedAt.SetResult();
        var beforeKill = acknowledged.Count;
        output.WriteLine($"Killed {victim.BaseAddress.Authority}, which signed in {Heads[0]}, after {beforeKill} acknowledged writes, {clock.Elapsed.TotalSeconds:0.0} s.");
        await UntilAsync(() => acknowledged.Count(w => w.Kind == WriteKind.Submit) == 2 && acknowledged.Count >= beforeKill + 20, workers);
        await stop.CancelAsync();
        var failures = (await Task.WhenAll(workers)).OfType<string>().ToList();

        Assert.Empty(failures);
        var upstreams = nginx.Upstreams().Distinct().ToList();
        Assert.Contains(first.BaseAddress.Authority, upstreams);
        Assert.Contains(second.BaseAddress.Authority, upstreams);
        var writes = acknowledged.ToList();
        var notOnce = writes.Select(w => (w, Count(w))).Where(x => x.Item2 != 1).Select(x => $"{x.w}: {x.Item2}").ToList();
        Assert.True(notOnce.Count == 0, $"Acknowledged writes not stored exactly once: {string.Join(", ", notOnce)}");
        Assert.Equal("0", Scalar("SELECT count(*) FROM (SELECT UserId, Key FROM Notifications GROUP BY UserId, Key HAVING count(*) > 1);"));
        var mailedTwice = smtp.Messages.GroupBy(m => (To: m.To.ToString(), m.Subject)).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.Empty(mailedTwice);
        output.WriteLine($"{writes.Count} acknowledged writes ({writes.Count(w => w.AfterKill)} after the kill) checked, {smtp.Messages.Count} mails each sent once, in {clock.Elapsed.TotalSeconds:0.0} s.");
    }

    public void Dispose() => PortalFolder.Delete(_folder);

    /// <summary>
    /// Waits until the reminder job (on whichever instance holds its lease) has created period notices and the mail job
    /// has mailed them: mails arrived and none more for longer than two runs of the mail job.
    /// </summary>
    private async Task<int> UntilRemindersSentAsync(SmtpSink smtp)
    {
        var waited = Stopwatch.StartNew();
        var (mails, stableSince) = (0, Stopwatch.StartNew());
        while (waited.Elapsed < TimeSpan.FromSeconds(90))
        {
            var notices = int.Parse(Scalar("SELECT count(*) FROM Notifications WHERE Kind IN ('PeriodOpened', 'DueSoon', 'Overdue');"), CultureInfo.InvariantCulture);
            if (smtp.Messages.Count != mails)
            {
                (mails, stableSince) = (smtp.Messages.Count, Stopwatch.StartNew());
            }

            if (notices > 0 && mails > 0 && stableSince.Elapsed > TimeSpan.FromSeconds(11))
            {
                return notices;
            }

            await Task.Delay(500);
        }

        throw new TimeoutException($"The reminders were not created and mailed within 90 s: {Scalar("SELECT count(*) FROM Notifications;")} notifications, {smtp.Messages.Count} mails.");
    }

    private string Scalar(string sql) => PortalFolder.Scalar(DatabasePath, sql);

    private Dictionary<string, string> Settings(int smtpPort, bool instance = false)
    {
        var settings = new Dictionary<string, string>
        {
            ["ConnectionStrings:DanVan"] = $"Data Source={DatabasePath}",
            ["Seed:Demo"] = "true",
            ["Seed:Hanoi2025"] = "false",
            ["Clock:FixedUtc"] = TestClock.Now.ToString("O", CultureInfo.InvariantCulture),
            ["Logging:File:Path"] = Path.Combine(_folder, "logs", "danvan-.log"),
            ["Evidence:Path"] = Path.Combine(_folder, "evidence"),
            ["Serilog:MinimumLevel:Override:Serilog.AspNetCore.RequestLoggingMiddleware"] = "Warning",
            ["RateLimits:PerAccount"] = "100000",
            ["RateLimits:PerAddress"] = "100000",
            ["Notifications:Enabled"] = instance ? "true" : "false",
            ["Notifications:StartDelaySeconds"] = "1",
            ["Email:Smtp:Host"] = "127.0.0.1",
            ["Email:Smtp:Port"] = smtpPort.ToString(CultureInfo.InvariantCulture),
            ["Email:Smtp:Security"] = "None",
            ["Email:From"] = "danvan@danvan.local",
            ["Email:IntervalSeconds"] = "5",
            ["Portal:BaseUrl"] = "https://danvan.local/",
        };
        if (instance)
        {
            settings["Database:InitializeAtStartup"] = "false";
        }

        return settings;
    }
}
