using System.Globalization;
using DanVan.Data;
using DanVan.Domain.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DanVan.Web.Notices;

/// <summary>
/// Sends the e-mail deliveries that are due: claims each with a conditional UPDATE (pending and due, or a claim older
/// than <see cref="NoticeDelivery.ClaimTimeout"/>), so two runs or two instances never take the same row; sends one mail
/// per delivery and one per user's digest; marks them sent, or failed with back-off (<see cref="EmailOptions.Retries"/>).
/// Each mail's outcome is saved before the next is sent.
/// </summary>
public sealed partial class NoticeSender(
    DanVanDbContext db,
    MailSender sender,
    NoticeMailComposer composer,
    IOptions<EmailOptions> options,
    ILogger<NoticeSender> logger)
{
    public const int BatchSize = 100;

    /// <summary>Sends what is due at <paramref name="nowUtc"/>; returns how many mails went out. Nothing when e-mail is off.</summary>
    public async Task<int> RunOnceAsync(DateTime nowUtc, CancellationToken ct)
    {
        if (!options.Value.IsConfigured)
        {
            return 0;
        }

        var token = Guid.NewGuid();
        await ClaimAsync(await Due(db, nowUtc).Select(d => d.Id).Take(BatchSize).ToListAsync(ct), token, nowUtc, ct);

        var claimed = await db.NoticeDeliveries.Include(d => d.Notification).Where(d => d.ClaimToken == token).ToListAsync(ct);
        if (claimed.Count == 0)
        {
            return 0;
        }

        var userIds = claimed.Select(d => d.UserId).Distinct().ToList();
        var users = await db.Users.Where(u => userIds.Contains(u.Id)).Select(u => new { u.Id, u.Email, u.FullName, u.PreferredCulture }).ToDictionaryAsync(u => u.Id, ct);
        var texts = await NoticeTexts.LoadAsync(db, claimed.Select(d => d.Notification!).ToList(), ct);
        var sent = 0;
        foreach (var mail in NoticeMail.Group(claimed))
        {
            var user = users[mail.UserId];
            try
            {
                var address = string.IsNullOrWhiteSpace(user.Email) ? throw new InvalidOperationException("The account has no e-mail address.") : user.Email;
                var culture = CultureInfo.GetCultureInfo(user.PreferredCulture ?? "vi-VN");
                await sender.SendAsync(composer.Compose(mail, new MailRecipient(address, user.FullName, culture), texts), ct);
                mail.Deliveries.ToList().ForEach(d => d.MarkSent(nowUtc));
                sent++;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                mail.Deliveries.ToList().ForEach(d => d.MarkFailed($"{ex.GetType().Name}: {ex.Message}", nowUtc, options.Value.Retries));
                LogSendFailed(ex, mail.UserId, mail.Deliveries[0].Attempts);
            }

            await db.SaveChangesAsync(ct);
        }

        return sent;
    }

    /// <summary>Deliveries to send now: pending and due, or claimed by a sender that stopped long ago; oldest first, a user's digest together.</summary>
    public static IQueryable<NoticeDelivery> Due(DanVanDbContext db, DateTime nowUtc)
    {
        var abandoned = nowUtc - NoticeDelivery.ClaimTimeout;
        return db.NoticeDeliveries
            .Where(d => (d.State == DeliveryState.Pending && d.DueAtUtc <= nowUtc) || (d.State == DeliveryState.Sending && d.ClaimedAtUtc < abandoned))
            .OrderBy(d => d.DueAtUtc).ThenBy(d => d.UserId).ThenBy(d => d.Id);
    }

    /// <summary>Takes the deliveries for this run that no other run has taken, in one UPDATE whose condition the database re-checks.</summary>
    private async Task ClaimAsync(List<long> ids, Guid token, DateTime nowUtc, CancellationToken ct)
    {
        var abandoned = nowUtc - NoticeDelivery.ClaimTimeout;
        await db.NoticeDeliveries
            .Where(d => ids.Contains(d.Id) && ((d.State == DeliveryState.Pending && d.DueAtUtc <= nowUtc) || (d.State == DeliveryState.Sending && d.ClaimedAtUtc < abandoned)))
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.State, DeliveryState.Sending).SetProperty(d => d.ClaimToken, token).SetProperty(d => d.ClaimedAtUtc, nowUtc), ct);
    }

    [LoggerMessage(3302, LogLevel.Warning, "Notice e-mail to user {UserId} failed (attempt {Attempts}); it is retried after back-off or listed for administrators")]
    private partial void LogSendFailed(Exception ex, string userId, int attempts);
}
