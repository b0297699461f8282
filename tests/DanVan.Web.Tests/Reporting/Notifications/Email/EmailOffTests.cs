using DanVan.Data.Seeding;
using DanVan.Domain.Notifications;
using DanVan.Web.Notices;
using DanVan.Web.Tests.Infrastructure;
using DanVan.Web.Tests.Reporting.History;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Web.Tests.Reporting.Notifications.Email;

/// <summary>Without SMTP settings the portal says once that e-mail is off, and notices still reach the bell.</summary>
public sealed class EmailOffTests(LoggedSignedInFactory factory) : IClassFixture<LoggedSignedInFactory>
{
    [Fact]
    public async Task Without_smtp_the_portal_logs_once_that_email_is_off_and_notices_still_reach_the_bell()
    {
        var head = await factory.ClientAsync(DemoAccounts.HangBacHead);
        var reportId = await factory.ReportIdAsync(WorkflowSetup.HangBac);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Data.DanVanDbContext>();
            var report = await db.Reports.Include(r => r.Agency).SingleAsync(r => r.Id == reportId);
            await scope.ServiceProvider.GetRequiredService<Notifier>().NotifyAsync(report, NotificationKind.ReportAccepted, factory.Clock.GetUtcNow().UtcDateTime, CancellationToken.None);
            await db.SaveChangesAsync();
            Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<NoticeSender>().RunOnceAsync(factory.Clock.GetUtcNow().UtcDateTime, CancellationToken.None));
        }

        var bell = await HtmlPage.GetAsync(head, "/Notifications");
        var preferences = await HtmlPage.GetAsync(head, "/Account/Notices");

        Assert.Single(factory.Logs.Events, e => e.MessageTemplate.Text.StartsWith("E-mail is off", StringComparison.Ordinal));
        Assert.Contains("được chấp nhận", bell.Text, StringComparison.Ordinal);
        Assert.Equal(0, await factory.QueryAsync(db => db.NoticeDeliveries.CountAsync()));
        Assert.NotNull(preferences.Document.QuerySelector("[data-testid=email-off]"));
    }
}
