namespace DanVan.Domain.Notifications;

/// <summary>What one e-mail carries: a single notice sent at once, or the day's digest of one user's notices, oldest first.</summary>
public sealed record NoticeMail(string UserId, NoticeChannel Channel, IReadOnlyList<NoticeDelivery> Deliveries)
{
    /// <summary>Groups claimed deliveries into mails: each e-mail delivery alone, every digest delivery of a user in one mail.</summary>
    public static IReadOnlyList<NoticeMail> Group(IEnumerable<NoticeDelivery> deliveries)
    {
        var all = deliveries.ToList();
        var single = all.Where(d => d.Channel == NoticeChannel.Email).Select(d => new NoticeMail(d.UserId, NoticeChannel.Email, [d]));
        var digests = all.Where(d => d.Channel == NoticeChannel.Digest)
            .GroupBy(d => d.UserId, StringComparer.Ordinal)
            .Select(g => new NoticeMail(g.Key, NoticeChannel.Digest, [.. g.OrderBy(d => d.Notification?.CreatedAtUtc).ThenBy(d => d.Id)]));
        return [.. single, .. digests];
    }
}
