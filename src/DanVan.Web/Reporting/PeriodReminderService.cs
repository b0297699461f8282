namespace DanVan.Web.Reporting;

/// <summary>
/// Runs <see cref="PeriodReminders"/> shortly after start and then every <c>Notifications:IntervalMinutes</c> (60 by
/// default), on the injected <see cref="TimeProvider"/>; does nothing when <c>Notifications:Enabled</c> is false.
/// </summary>
public sealed partial class PeriodReminderService(IServiceScopeFactory scopes, TimeProvider clock, IConfiguration configuration, Hosting.PortalInstance instance, ILogger<PeriodReminderService> logger)
    : BackgroundService
{
    public static readonly TimeSpan StartDelay = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue("Notifications:Enabled", true))
        {
            return;
        }

        var interval = TimeSpan.FromMinutes(Math.Max(1, configuration.GetValue("Notifications:IntervalMinutes", 60)));
        var startDelay = TimeSpan.FromSeconds(Math.Max(0, configuration.GetValue("Notifications:StartDelaySeconds", StartDelay.TotalSeconds)));
        await Task.Delay(startDelay, clock, stoppingToken);
        using var timer = new PeriodicTimer(interval, clock);
        do
        {
            await RunAsync(interval + StartDelay, stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>
    /// One run, on this instance only while it holds the reminders' lease (renewed for <paramref name="lease"/>, a little
    /// more than the interval): with several instances exactly one creates the reminders.
    /// </summary>
    public async Task<bool> RunAsync(TimeSpan lease, CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var now = clock.GetUtcNow().UtcDateTime;
            var created = 0;
            var ran = await instance.RunLeasedAsync(scope.ServiceProvider, Domain.Settings.JobLease.Reminders, lease, now, async () =>
                created = await scope.ServiceProvider.GetRequiredService<PeriodReminders>().RunOnceAsync(now, ct), ct);
            if (ran)
            {
                LogRemindersCreated(created);
            }

            return ran;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogRemindersFailed(ex);
            return false;
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await instance.ReleaseAsync(scopes, Domain.Settings.JobLease.Reminders, clock.GetUtcNow().UtcDateTime);
    }

    [LoggerMessage(3201, LogLevel.Information, "Period reminders: {Created} notifications created")]
    private partial void LogRemindersCreated(int created);

    [LoggerMessage(3202, LogLevel.Error, "Period reminders failed; the next run will try again")]
    private partial void LogRemindersFailed(Exception ex);

}
