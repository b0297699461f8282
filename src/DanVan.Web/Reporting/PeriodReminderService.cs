namespace DanVan.Web.Reporting;

/// <summary>
/// Runs <see cref="PeriodReminders"/> shortly after start and then every <c>Notifications:IntervalMinutes</c> (60 by
/// default), on the injected <see cref="TimeProvider"/>; does nothing when <c>Notifications:Enabled</c> is false.
/// </summary>
public sealed partial class PeriodReminderService(IServiceScopeFactory scopes, TimeProvider clock, IConfiguration configuration, ILogger<PeriodReminderService> logger)
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
        await Task.Delay(StartDelay, clock, stoppingToken);
        using var timer = new PeriodicTimer(interval, clock);
        do
        {
            await RunAsync(stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task RunAsync(CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var created = await scope.ServiceProvider.GetRequiredService<PeriodReminders>().RunOnceAsync(clock.GetUtcNow().UtcDateTime, ct);
            LogRemindersCreated(created);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogRemindersFailed(ex);
        }
    }

    [LoggerMessage(3201, LogLevel.Information, "Period reminders: {Created} notifications created")]
    private partial void LogRemindersCreated(int created);

    [LoggerMessage(3202, LogLevel.Error, "Period reminders failed; the next run will try again")]
    private partial void LogRemindersFailed(Exception ex);
}
