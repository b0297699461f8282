using Microsoft.Extensions.Options;

namespace DanVan.Web.Notices;

/// <summary>
/// Says once at start whether e-mail is on, then, when it is and <c>Notifications:Enabled</c> is not false, runs
/// <see cref="NoticeSender"/> every <see cref="EmailOptions.IntervalSeconds"/> on the injected <see cref="TimeProvider"/>.
/// </summary>
public sealed partial class NoticeSenderService(
    IServiceScopeFactory scopes,
    TimeProvider clock,
    IConfiguration configuration,
    IOptions<EmailOptions> options,
    Hosting.PortalInstance instance,
    ILogger<NoticeSenderService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var email = options.Value;
        if (!email.IsConfigured)
        {
            LogEmailOff();
            return;
        }

        LogEmailOn(email.Smtp.Host!, email.Smtp.Port, email.Smtp.Security);
        if (!configuration.GetValue("Notifications:Enabled", true))
        {
            return;
        }

        var interval = TimeSpan.FromSeconds(Math.Max(5, email.IntervalSeconds));
        using var timer = new PeriodicTimer(interval, clock);
        do
        {
            await RunAsync(interval * 3, stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>One run, on this instance only while it holds the notice e-mails' lease (renewed for <paramref name="lease"/>).</summary>
    private async Task RunAsync(TimeSpan lease, CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var now = clock.GetUtcNow().UtcDateTime;
            await instance.RunLeasedAsync(scope.ServiceProvider, Domain.Settings.JobLease.NoticeMail, lease, now,
                () => scope.ServiceProvider.GetRequiredService<NoticeSender>().RunOnceAsync(now, ct), ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogRunFailed(ex);
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await instance.ReleaseAsync(scopes, Domain.Settings.JobLease.NoticeMail, clock.GetUtcNow().UtcDateTime);
    }

    [LoggerMessage(3300, LogLevel.Warning, "E-mail is off: Email:Smtp:Host, Email:From or Portal:BaseUrl is not set; notices are shown in the portal only")]
    private partial void LogEmailOff();

    [LoggerMessage(3301, LogLevel.Information, "E-mail is on: SMTP {Host}:{Port} ({Security})")]
    private partial void LogEmailOn(string host, int port, SmtpSecurity security);

    [LoggerMessage(3303, LogLevel.Error, "Sending notice e-mails failed; the next run will try again")]
    private partial void LogRunFailed(Exception ex);

}
