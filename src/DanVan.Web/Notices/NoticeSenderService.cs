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

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(5, email.IntervalSeconds)), clock);
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
            await scope.ServiceProvider.GetRequiredService<NoticeSender>().RunOnceAsync(clock.GetUtcNow().UtcDateTime, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogRunFailed(ex);
        }
    }

    [LoggerMessage(3300, LogLevel.Warning, "E-mail is off: Email:Smtp:Host, Email:From or Portal:BaseUrl is not set; notices are shown in the portal only")]
    private partial void LogEmailOff();

    [LoggerMessage(3301, LogLevel.Information, "E-mail is on: SMTP {Host}:{Port} ({Security})")]
    private partial void LogEmailOn(string host, int port, SmtpSecurity security);

    [LoggerMessage(3303, LogLevel.Error, "Sending notice e-mails failed; the next run will try again")]
    private partial void LogRunFailed(Exception ex);
}
