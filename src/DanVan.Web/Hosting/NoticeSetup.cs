using DanVan.Web.Notices;
using DanVan.Web.Reporting;

namespace DanVan.Web.Hosting;

public static class NoticeSetup
{
    /// <summary>Notices in the bell and by e-mail: the reminder job, the e-mail outbox's sending job, and <c>Email</c> with <c>Portal:BaseUrl</c>.</summary>
    public static IServiceCollection AddDanVanNotices(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<EmailOptions>()
            .Bind(configuration.GetSection(EmailOptions.Section))
            .Configure(options => options.BaseUrl ??= configuration["Portal:BaseUrl"]);
        services.AddScoped<Notifier>();
        services.AddSingleton<PortalInstance>();
        services.AddScoped<PeriodReminders>().AddHostedService<PeriodReminderService>();
        services.AddSingleton<MailSender>().AddScoped<NoticeMailComposer>().AddScoped<NoticeSender>().AddHostedService<NoticeSenderService>();
        return services;
    }
}
