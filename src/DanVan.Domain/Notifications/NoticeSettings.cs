namespace DanVan.Domain.Notifications;

/// <summary>
/// A user's notice preferences: a <see cref="NoticeMode"/> per kind (e-mail at once when none is chosen) and the Hanoi
/// hour of the daily digest. Essential kinds keep an e-mail: choosing the bell alone for them is refused.
/// </summary>
public sealed class NoticeSettings
{
    public const int DefaultDigestHour = 7;

    private readonly List<NoticeChoice> _choices = [];

    private NoticeSettings()
    {
        UserId = string.Empty;
    }

    public string UserId { get; private set; }

    /// <summary>The hour (0–23, Hanoi time) at which the day's digest goes out.</summary>
    public int DigestHour { get; private set; }

    public IReadOnlyCollection<NoticeChoice> Choices => _choices.AsReadOnly();

    public static NoticeSettings For(string userId) => new() { UserId = userId, DigestHour = DefaultDigestHour };

    public NoticeMode ModeFor(NotificationKind kind) => _choices.Find(c => c.Kind == kind)?.Mode ?? NoticeMode.EmailNow;

    public void Choose(NotificationKind kind, NoticeMode mode)
    {
        if (!Enum.IsDefined(mode))
        {
            throw new DomainException("notices.unknownMode");
        }

        if (mode == NoticeMode.InAppOnly && NoticeRules.IsEssential(kind))
        {
            throw new DomainException("notices.essential");
        }

        if (_choices.Find(c => c.Kind == kind) is { } choice)
        {
            choice.Mode = mode;
        }
        else
        {
            _choices.Add(new NoticeChoice(kind, mode));
        }
    }

    public void SetDigestHour(int hour) => DigestHour = hour is >= 0 and <= 23 ? hour : throw new DomainException("notices.digestHour");

    /// <summary>When the digest that would hold a notice created at <paramref name="nowUtc"/> goes out: the next digest hour in Hanoi, now included.</summary>
    public DateTime NextDigestUtc(DateTime nowUtc)
    {
        var local = Hanoi.ToLocal(nowUtc);
        var at = local.Date.AddHours(DigestHour);
        if (at < local)
        {
            at = at.AddDays(1);
        }

        return DateTime.SpecifyKind(at - Hanoi.Offset, DateTimeKind.Utc);
    }

    /// <summary>The e-mail delivery a new notice gets under these preferences, or null when the user keeps that kind to the bell.</summary>
    public NoticeDelivery? DeliveryFor(Notification notification, DateTime nowUtc) => ModeFor(notification.Kind) switch
    {
        NoticeMode.EmailNow => NoticeDelivery.For(notification, NoticeChannel.Email, nowUtc),
        NoticeMode.Digest => NoticeDelivery.For(notification, NoticeChannel.Digest, NextDigestUtc(nowUtc)),
        _ => null,
    };
}

/// <summary>One kind's mode in a user's <see cref="NoticeSettings"/>.</summary>
public sealed class NoticeChoice
{
    internal NoticeChoice(NotificationKind kind, NoticeMode mode)
    {
        Kind = kind;
        Mode = mode;
    }

    public NotificationKind Kind { get; private set; }

    public NoticeMode Mode { get; internal set; }
}
