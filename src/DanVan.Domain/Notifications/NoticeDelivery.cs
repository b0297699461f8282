namespace DanVan.Domain.Notifications;

public enum DeliveryState
{
    Pending,
    Sending,
    Sent,
    Failed,
}

/// <summary>
/// The outbox row of one notice's e-mail to its user: one per notification and channel (a unique key), so a restart,
/// a retry or a second instance never sends it twice. A sender claims it (Pending → Sending, a conditional UPDATE),
/// then marks it sent, or failed with a retry after back-off, or failed for good after the last attempt.
/// </summary>
public sealed class NoticeDelivery
{
    public const int ErrorLength = 2000;

    private NoticeDelivery()
    {
        UserId = string.Empty;
    }

    public long Id { get; private set; }

    public long NotificationId { get; private set; }

    public Notification? Notification { get; private set; }

    public string UserId { get; private set; }

    public NoticeChannel Channel { get; private set; }

    public DeliveryState State { get; private set; }

    /// <summary>When the next attempt is due: at once, at the digest hour, or after back-off.</summary>
    public DateTime DueAtUtc { get; private set; }

    public int Attempts { get; private set; }

    /// <summary>The claim of the sender working on it; a claim older than <see cref="ClaimTimeout"/> is abandoned.</summary>
    public Guid? ClaimToken { get; private set; }

    public DateTime? ClaimedAtUtc { get; private set; }

    public DateTime? SentAtUtc { get; private set; }

    public string? LastError { get; private set; }

    /// <summary>How long a claim holds: a sender that stopped mid-send (a crashed instance) is taken over after it.</summary>
    public static TimeSpan ClaimTimeout { get; } = TimeSpan.FromMinutes(15);

    public static NoticeDelivery For(Notification notification, NoticeChannel channel, DateTime dueAtUtc) =>
        new() { Notification = notification, UserId = notification.UserId, Channel = channel, State = DeliveryState.Pending, DueAtUtc = dueAtUtc };

    public void MarkSent(DateTime nowUtc)
    {
        State = DeliveryState.Sent;
        SentAtUtc = nowUtc;
        ClaimToken = null;
    }

    /// <summary>Records a failed attempt: pending again after the schedule's delay, or failed when no attempt is left.</summary>
    public void MarkFailed(string error, DateTime nowUtc, RetrySchedule schedule)
    {
        Attempts++;
        LastError = error.Length > ErrorLength ? error[..ErrorLength] : error;
        ClaimToken = null;
        if (schedule.DelayAfter(Attempts) is { } delay)
        {
            State = DeliveryState.Pending;
            DueAtUtc = nowUtc + delay;
        }
        else
        {
            State = DeliveryState.Failed;
        }
    }
}
