using DanVan.Domain.Notifications;
using DanVan.Web.Notices;
using DanVan.Web.Tests.Infrastructure;
using DanVan.Web.Tests.Reporting.History;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace DanVan.Web.Tests.Reporting.Notifications.Email;

/// <summary>Reading the mails the SMTP server received, and setting up notices the way the pages do.</summary>
internal static class MailAssert
{
    public static string Text(MimeMessage message) => message.TextBody ?? throw new InvalidOperationException("The message has no plain-text part.");

    public static string Html(MimeMessage message) => message.HtmlBody ?? throw new InvalidOperationException("The message has no HTML part.");

    /// <summary>A notice of <paramref name="kind"/> about the report, through the portal's <see cref="Notifier"/>, saved.</summary>
    public static async Task NotifyAsync(this EmailFactory factory, int reportId, NotificationKind kind)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Data.DanVanDbContext>();
        var report = await db.Reports.Include(r => r.Agency).ThenInclude(a => a!.Unit).SingleAsync(r => r.Id == reportId);
        await scope.ServiceProvider.GetRequiredService<Notifier>().NotifyAsync(report, kind, factory.Clock.GetUtcNow().UtcDateTime, CancellationToken.None);
        await db.SaveChangesAsync();
    }

    public static Task<List<NoticeDelivery>> DeliveriesAsync(this EmailFactory factory, string userName) =>
        factory.QueryAsync(async db =>
        {
            var userId = (await WorkflowSetup.ActorAsync(db, userName)).UserId;
            return await db.NoticeDeliveries.AsNoTracking().Include(d => d.Notification).Where(d => d.UserId == userId).OrderBy(d => d.Id).ToListAsync();
        });
}
