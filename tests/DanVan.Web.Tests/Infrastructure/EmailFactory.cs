using System.Globalization;
using DanVan.Web.Notices;
using DanVan.Web.Reporting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Web.Tests.Infrastructure;

/// <summary>
/// A signed-in portal whose e-mail goes to a real SMTP server on a loopback port (<see cref="Smtp"/>, started with the
/// portal), links under <see cref="BaseUrl"/>, logs kept in <see cref="Logs"/>. The sending job does not run by itself:
/// tests call <see cref="SendAsync"/> (the job's RunOnceAsync at the factory's clock).
/// </summary>
public class EmailFactory : SignedInFactory, IAsyncLifetime
{
    public const string BaseUrl = "https://danvan.example.vn/";

    public const string Sender = "danvan@hanoi.example.vn";

    public EmailFactory()
    {
        Smtp = new SmtpSink();
    }

    private EmailFactory(EmailFactory earlier)
        : base(earlier.Folder)
    {
        Smtp = earlier.Smtp;
        Clock.SetUtcNow(earlier.Clock.GetUtcNow());
        Restarted = true;
    }

    public SmtpSink Smtp { get; }

    public LogCapture Logs { get; } = new();

    private bool Restarted { get; }

    protected override bool DeletesFolder => !Restarted;

    /// <summary>A second portal on this one's folder and database, mailing to the same SMTP server: a restart, or a second instance.</summary>
    public EmailFactory Restart() => new(this);

    /// <summary>Runs the sending job once, as its hourly timer would, with a job instance of its own.</summary>
    public async Task<int> SendAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<NoticeSender>().RunOnceAsync(Clock.GetUtcNow().UtcDateTime, CancellationToken.None);
    }

    /// <summary>Runs the reminder job once at the factory's clock.</summary>
    public async Task<int> RemindAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PeriodReminders>().RunOnceAsync(Clock.GetUtcNow().UtcDateTime, CancellationToken.None);
    }

    public async Task InitializeAsync()
    {
        if (!Restarted)
        {
            await Smtp.StartAsync();
        }
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        if (!Restarted)
        {
            await Smtp.StopAsync();
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Email:Smtp:Host", "127.0.0.1");
        builder.UseSetting("Email:Smtp:Port", Smtp.Port.ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("Email:Smtp:Security", "None");
        builder.UseSetting("Email:From", Sender);
        builder.UseSetting("Portal:BaseUrl", BaseUrl);
        builder.CaptureLogs(Logs);
    }
}
