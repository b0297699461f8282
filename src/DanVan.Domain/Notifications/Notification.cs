namespace DanVan.Domain.Notifications;

public enum NotificationKind
{
    ReportReturned,
    ReportAccepted,
    PeriodOpened,
    DueSoon,
    Overdue,
    ReportSubmitted,
}

/// <summary>
/// A message in a user's bell: something they must act on, about a report or a period. <see cref="Key"/> names the
/// occasion (<see cref="NoticeKeys"/>); a user has at most one notification per key, so a notice is never created twice.
/// </summary>
public sealed class Notification
{
    public const int KeyLength = 100;

    private Notification()
    {
        UserId = string.Empty;
        Key = string.Empty;
    }

    public long Id { get; private set; }

    public string UserId { get; private set; }

    public NotificationKind Kind { get; private set; }

    /// <summary>The occasion, unique per user: kind and period (and reminder offset) or kind, report and transition.</summary>
    public string Key { get; private set; }

    public int? ReportId { get; private set; }

    public int? PeriodId { get; private set; }

    public int? AgencyId { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime? ReadAtUtc { get; private set; }

    public bool IsRead => ReadAtUtc is not null;

    public static Notification About(string userId, NotificationKind kind, string key, DateTime nowUtc, int? reportId = null, int? periodId = null, int? agencyId = null) =>
        new() { UserId = userId, Kind = kind, Key = key, CreatedAtUtc = nowUtc, ReportId = reportId, PeriodId = periodId, AgencyId = agencyId };

    public void MarkRead(DateTime nowUtc) => ReadAtUtc ??= nowUtc;
}
